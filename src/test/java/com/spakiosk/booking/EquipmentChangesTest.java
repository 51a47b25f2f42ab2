package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.booking.HoldRequest.AddOnChoice;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.staff.EquipmentEditor;
import com.spakiosk.staff.EquipmentForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Unit counts never fall below what an add-on takes per session or what coming bookings use at once. */
@SpringTest
@WithMockUser(username = "manager.equipment", roles = "MANAGER")
class EquipmentChangesTest {

    @Autowired EquipmentChanges changes;
    @Autowired EquipmentEditor editor;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    LocalDate monday = DemoSpaIds.freshMonday();

    EquipmentForm heaters() {
        return editor.all().stream().filter(f -> f.code().equals("STONE_HEATER")).findFirst().orElseThrow();
    }

    EquipmentForm withUnits(EquipmentForm f, int units) {
        return new EquipmentForm(f.id(), f.version(), f.code(), f.name(), units);
    }

    @Test
    void fewer_units_than_an_add_on_takes_per_session_are_refused_naming_the_add_on() {
        EquipmentForm stored = heaters();
        assertThatThrownBy(() -> changes.save(withUnits(stored, 0))).isInstanceOfSatisfying(MenuEditException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("units");
                    assertThat(p.messageKey()).isEqualTo("manage.equipment.problem.addOnNeeds");
                    assertThat(p.args()).containsExactly("Hot stones", 1);
                }));
        assertThat(heaters().units()).isEqualTo(stored.units());
    }

    @Test
    void fewer_units_than_coming_bookings_use_at_once_are_refused_with_those_bookings_listed() {
        var fixture = new DeskChangesFixture(bookings, ids, jdbc, monday);
        var stones = List.of(new AddOnChoice(ids.addOn("HOT_STONES").id(), null));
        long first = fixture.confirmed("10:00", "ANNA", "LINDEN", "RELAXING_FOOT", 30, stones, Set.of());
        long second = fixture.confirmed("10:00", "LENA", "BIRCH", "RELAXING_FOOT", 30, stones, Set.of());
        EquipmentForm stored = heaters();
        assertThat(changes.beyond(stored.id(), 1)).extracting(TimeBlockService.InTheWay::bookingId)
                .contains(first, second);
        assertThatThrownBy(() -> changes.save(withUnits(stored, 1)))
                .isInstanceOfSatisfying(EquipmentChanges.UnitsInUse.class, e -> {
                    assertThat(e.bookings()).extracting(TimeBlockService.InTheWay::bookingId).contains(first, second);
                    assertThat(e.concerns("units")).isTrue();
                });
        assertThat(heaters().units()).isEqualTo(stored.units());
    }

    @Test
    void a_new_type_is_checked_at_its_fields_and_saved_with_its_history() {
        assertThatThrownBy(() -> changes.save(new EquipmentForm(null, 0, "STONE_HEATER", "Stone heater", -1)))
                .isInstanceOfSatisfying(MenuEditException.class, e -> {
                    assertThat(e.concerns("code")).isTrue();
                    assertThat(e.concerns("name")).isTrue();
                    assertThat(e.concerns("units")).isTrue();
                });
        String code = "KETTLE_" + System.nanoTime() % 1_000_000;
        long id = changes.save(new EquipmentForm(null, 0, code, "Kettle " + code, 3)).getId();
        EquipmentForm saved = editor.all().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        changes.save(withUnits(saved, 0)); // no add-on and no booking needs it
        assertThat(editor.all().stream().filter(f -> f.id() == id).findFirst().orElseThrow().units()).isZero();
        assertThat(editor.history(id)).hasSize(2);
        assertThatThrownBy(() -> changes.save(withUnits(saved, 2))).isInstanceOfSatisfying(MenuEditException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).startsWith("manage.problem.staleEquipment"));
    }
}
