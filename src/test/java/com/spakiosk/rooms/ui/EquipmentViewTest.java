package com.spakiosk.rooms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.staff.EquipmentEditor;
import com.spakiosk.staff.EquipmentForm;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The equipment page: counts saved, refusals at the units field, coming bookings over a lower count listed. */
@WithMockUser(username = "equipment-boss", roles = "MANAGER")
class EquipmentViewTest extends KaribuTest {

    @Autowired EquipmentEditor editor;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;

    LocalDate monday = DemoSpaIds.freshMonday();

    int heaters() {
        return editor.all().stream().filter(f -> f.code().equals("STONE_HEATER")).findFirst().orElseThrow().units();
    }

    @SuppressWarnings("unchecked")
    static Grid<EquipmentForm> grid() {
        return _get(Grid.class);
    }

    /** Taps the name of a type in the list. */
    static void open(String name) {
        var rows = grid().getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(grid(), row, "name"));
    }

    void openHeaters() {
        UI.getCurrent().navigate("manage/equipment");
        open("Stone heater");
    }

    IntegerField units() {
        return _get(IntegerField.class, spec -> spec.withLabel("Units"));
    }

    void stonesAtTen(String therapist, String room) {
        String owner = "equipment-view-" + therapist;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(new HoldRequest.AddOnChoice(ids.addOn("HOT_STONES").id(), null)),
                at(monday, "10:00"), ids.therapist(therapist), ids.room(room), owner, BookingChannel.KIOSK, Set.of()));
        bookings.confirm(held.bookingId(), owner, new Guest("Kira", null, "kira@example.org"), null);
    }

    @Test
    void fewer_units_than_an_add_on_takes_are_refused_at_the_field_naming_the_add_on() {
        int before = heaters();
        openHeaters();
        _setValue(units(), 0);
        _click(_get(Button.class, spec -> spec.withClasses("manage-equipment__save")));
        assertThat(units().isInvalid()).isTrue();
        assertThat(units().getErrorMessage()).contains("Hot stones");
        assertThat(heaters()).isEqualTo(before);
    }

    @Test
    void fewer_units_than_coming_bookings_use_at_once_lists_those_bookings() {
        stonesAtTen("ANNA", "LINDEN");
        stonesAtTen("LENA", "BIRCH");
        int before = heaters();
        openHeaters();
        _setValue(units(), 1);
        _click(_get(Button.class, spec -> spec.withClasses("manage-equipment__save")));
        assertThat(units().getErrorMessage()).startsWith("Coming bookings use more than 1");
        assertThat(_find(ListItem.class, spec -> spec.withText("Kira"))).isEmpty(); // text is "… · Kira · …"
        assertThat(_find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively())
                .filter(t -> t.contains("Kira"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(heaters()).isEqualTo(before);
    }

    @Test
    void a_new_equipment_type_is_saved_and_listed() {
        UI.getCurrent().navigate("manage/equipment");
        String code = "FOOT_ROLLER_" + System.nanoTime() % 100_000;
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Foot roller " + code);
        _setValue(units(), 4);
        _click(_get(Button.class, spec -> spec.withClasses("manage-equipment__save")));
        assertThat(editor.all()).extracting(EquipmentForm::code, EquipmentForm::units)
                .contains(org.assertj.core.groups.Tuple.tuple(code, 4));
        assertThat(grid().getGenericDataView().getItems()).extracting(EquipmentForm::code).contains(code);
    }
}
