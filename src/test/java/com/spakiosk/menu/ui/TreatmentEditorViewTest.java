package com.spakiosk.menu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.TreatmentEditor;
import com.spakiosk.menu.TreatmentRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The manager's treatment pages, clicked through: list, create, refusals at fields, durations, retire with bookings. */
@WithMockUser(username = "mia.manager", roles = "MANAGER")
class TreatmentEditorViewTest extends KaribuTest {

    @Autowired TreatmentEditor editor;
    @Autowired MenuService menu;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    static String uniqueCode(String prefix) {
        return prefix + "_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000);
    }

    long createViaForm(String code) {
        UI.getCurrent().navigate(TreatmentEditorView.class, "new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_find(TextField.class, spec -> spec.withLabel("Name")).getFirst(), "Evening foot ritual");
        _setValue(_find(TextArea.class, spec -> spec.withLabel("Summary")).getFirst(), "Warm strokes for tired feet.");
        _setValue(_find(TextArea.class, spec -> spec.withLabel("Description")).getFirst(), "A calm ritual for the evening.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<com.spakiosk.menu.BodyArea> areas = _get(CheckboxGroup.class, spec -> spec.withLabel("Body areas"));
        _setValue(areas, Set.of(com.spakiosk.menu.BodyArea.FOOT));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        return editor.treatments().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().id();
    }

    @Test
    void the_list_shows_every_treatment_in_kiosk_order_with_its_flags() {
        UI.getCurrent().navigate(TreatmentsView.class);
        @SuppressWarnings("unchecked")
        Grid<TreatmentRow> grid = _get(Grid.class);
        List<String> shown = grid.getListDataView().getItems().toList().stream().filter(TreatmentRow::active).map(TreatmentRow::code).toList();
        assertThat(shown).isEqualTo(menu.activeMenu().stream().map(t -> t.code()).toList());
    }

    @Test
    void a_manager_creates_a_treatment_adds_a_duration_and_it_is_flagged_for_its_missing_translations() {
        String code = uniqueCode("RITUAL");
        long id = createViaForm(code);
        try {
            assertThat(_get(H1.class).getText()).isEqualTo("Evening foot ritual");
            _setValue(_get(IntegerField.class, spec -> spec.withLabel("New duration (minutes)")), 30);
            _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Price")), new BigDecimal("31.00"));
            _click(_get(Button.class, spec -> spec.withText("Add duration")));

            assertThat(menu.activeMenu()).anySatisfy(t -> {
                assertThat(t.code()).isEqualTo(code);
                assertThat(t.fromPrice().amount()).isEqualByComparingTo("31.00");
            });
            assertThat(_find(TreatmentCard.class)).hasSize(3);
            UI.getCurrent().navigate(TreatmentsView.class);
            @SuppressWarnings("unchecked")
            Grid<TreatmentRow> grid = _get(Grid.class);
            assertThat(grid.getListDataView().getItems().toList()).filteredOn(r -> r.id() == id).singleElement()
                    .satisfies(r -> assertThat(r.missingLanguages()).containsExactlyInAnyOrder("de", "ru"));
        } finally {
            editor.setActive(id, editor.treatment(id).version(), false, BookingsDecision.KEEP);
        }
    }

    @Test
    void a_duplicate_code_and_an_empty_name_are_shown_at_their_fields_and_nothing_is_created() {
        long before = jdbc.queryForObject("select count(*) from treatment", Long.class);
        UI.getCurrent().navigate(TreatmentEditorView.class, "new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "LYMPHATIC");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var code = _get(TextField.class, spec -> spec.withLabel("Code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Another treatment already has this code.");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Name")).getFirst().getErrorMessage())
                .isEqualTo("Please fill this in.");
        assertThat(jdbc.queryForObject("select count(*) from treatment", Long.class)).isEqualTo(before);
    }

    @Test
    void a_price_off_the_rules_is_refused_at_its_field_and_the_price_stays() {
        long id = menu.findTreatment("RELAXING_LEGS").orElseThrow().getId();
        UI.getCurrent().navigate(TreatmentEditorView.class, String.valueOf(id));
        var price = _find(BigDecimalField.class).stream()
                .filter(f -> f.getAriaLabel().filter("Price for 45 minutes"::equals).isPresent()).findFirst().orElseThrow();
        _setValue(price, new BigDecimal("-5"));
        _click(_find(Button.class, spec -> spec.withText("Save price")).get(1));

        assertThat(price.getErrorMessage()).isEqualTo("Enter a price above zero.");
        assertThat(ids.treatment("RELAXING_LEGS").variants().get(1).price().amount()).isEqualByComparingTo("56.00");
    }

    @Test
    void retiring_a_duration_with_a_coming_booking_asks_first_and_keeps_the_booking() {
        String owner = "retire-view-" + UUID.randomUUID();
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_LEGS").id(),
                ids.variant("RELAXING_LEGS", 60), List.of(), DemoSpaIds.at(DemoSpaIds.freshMonday(), "12:00"),
                null, null, owner, BookingChannel.KIOSK, Set.of()));
        long booking = bookings.confirm(held.bookingId(), owner, new Guest("Ida", null, "ida@example.org"), null).bookingId();
        long id = menu.findTreatment("RELAXING_LEGS").orElseThrow().getId();
        long variant = ids.variant("RELAXING_LEGS", 60);
        try {
            UI.getCurrent().navigate(TreatmentEditorView.class, String.valueOf(id));
            _click(_find(Button.class, spec -> spec.withText("Retire")).get(2));
            var dialog = _get(Dialog.class);
            assertThat(_find(dialog, Paragraph.class).getFirst().getText()).contains("Coming bookings that would be affected");
            _click(_get(dialog, Button.class, spec -> spec.withText("Keep them as booked")));

            assertThat(ids.treatment("RELAXING_LEGS").variants()).noneMatch(v -> v.durationMinutes() == 60);
            assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, booking))
                    .isEqualTo("CONFIRMED");
            assertThat(_find(Button.class, spec -> spec.withText("Offer again"))).hasSize(1);
        } finally {
            editor.setVariantActive(id, editor.treatment(id).version(), variant, true, BookingsDecision.KEEP);
        }
    }

    @Test
    void a_change_someone_made_first_is_refused_naming_them_and_keeps_what_the_manager_typed() {
        long id = menu.findTreatment("PREVENTIVE").orElseThrow().getId();
        UI.getCurrent().navigate(TreatmentEditorView.class, String.valueOf(id));
        var original = editor.treatment(id);
        var summary = _find(TextArea.class, spec -> spec.withLabel("Summary")).getFirst();
        String typed = original.form().texts("en").summary() + " For long working days.";
        _setValue(summary, typed);
        // Another manager changes the same treatment meanwhile.
        editor.update(id, original.version(), original.form());
        var touched = editor.treatment(id);
        try {
            editor.changePrice(id, touched.version(), touched.variants().getFirst().id(),
                    touched.variants().getFirst().price().amount().add(BigDecimal.ONE));
            _click(_get(Button.class, spec -> spec.withText("Save")));

            assertThat(_find(Paragraph.class, spec -> spec.withClasses("manage-problem")).getFirst().getText())
                    .contains("mia.manager", "What you typed is still here");
            assertThat(_find(TextArea.class, spec -> spec.withLabel("Summary")).getFirst().getValue()).isEqualTo(typed);
            _click(_get(Button.class, spec -> spec.withText("Save")));
            assertThat(editor.treatment(id).form().texts("en").summary()).isEqualTo(typed);
        } finally {
            var now = editor.treatment(id);
            editor.update(id, now.version(), original.form());
            editor.changePrice(id, editor.treatment(id).version(), now.variants().getFirst().id(),
                    original.variants().getFirst().price().amount());
        }
    }
}
