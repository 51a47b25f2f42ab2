package com.spakiosk.rooms.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.RoomChanges;
import com.spakiosk.booking.StrandedMoves;
import com.spakiosk.menu.MenuService;
import com.spakiosk.staff.RoomEditor;
import com.spakiosk.staff.StaffService;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The services behind the room pages and their list of stranded bookings, in one argument. */
@Component
record RoomServices(RoomEditor rooms, RoomChanges changes, StrandedMoves moves, BookingService bookings,
                    MenuService menu, StaffService staff, SpaProperties spa) {

    ZoneId zone() {
        return spa.zone();
    }

    Map<Long, String> therapistNames() {
        return staff.activeTherapists().stream().collect(Collectors.toMap(t -> t.getId(), t -> t.getDisplayName()));
    }

    Map<Long, String> roomNames() {
        return rooms.rooms().stream().collect(Collectors.toMap(r -> r.id(), r -> r.name()));
    }

    String treatmentName(long id) {
        return menu.active().treatmentName(id);
    }
}
