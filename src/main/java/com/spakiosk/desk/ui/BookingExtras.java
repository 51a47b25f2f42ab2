package com.spakiosk.desk.ui;

import com.spakiosk.booking.DeskBooking;
import com.spakiosk.menu.ActiveMenu;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuContent;
import com.spakiosk.staff.EquipmentType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A booking's extras in words for the staff: the add-ons with the chosen oil in the staff's
 * language, and the equipment the session takes (the panel and the session card say the same).
 */
final class BookingExtras {

    private final Map<Long, MenuAddOn> addOns;
    private final Map<Long, String> equipment;
    private final MenuContent texts;

    BookingExtras(ActiveMenu menu, List<EquipmentType> equipment, MenuContent texts) {
        this.addOns = menu.everyAddOn();
        this.equipment = equipment.stream().collect(Collectors.toMap(EquipmentType::getId, EquipmentType::getName));
        this.texts = texts;
    }

    /** "Aromatherapy (Lavender: calming), Hot stones", or a dash; an add-on or oil taken off the menu still shows as booked. */
    String addOns(DeskBooking booking) {
        if (booking.addOns().isEmpty()) {
            return "—";
        }
        return booking.addOns().stream().map(a -> {
            MenuAddOn addOn = addOns.get(a.addOnId());
            if (addOn == null) {
                return "—";
            }
            return texts.name(addOn) + (a.optionCode() == null ? "" : " (" + texts.option(addOn, a.optionCode()) + ")");
        }).collect(Collectors.joining(", "));
    }

    /** "Stone heater, Foot bath", or a dash. */
    String equipment(DeskBooking booking) {
        if (booking.equipmentTypeIds().isEmpty()) {
            return "—";
        }
        return booking.equipmentTypeIds().stream().map(id -> equipment.getOrDefault(id, "—"))
                .collect(Collectors.joining(", "));
    }
}
