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
import com.spakiosk.menu.AddOnEditor;
import com.spakiosk.menu.AddOnPlacement;
import com.spakiosk.menu.AddOnRow;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.SpaEquipment;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The manager's add-on pages, clicked through: list, create, refusals at fields, options, treatments, off the menu. */
@WithMockUser(username = "mia.manager", roles = "MANAGER")
class AddOnEditorViewTest extends KaribuTest {

    @Autowired AddOnEditor editor;
    @Autowired MenuService menu;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    long id(String code) {
        return menu.findAddOn(code).orElseThrow().getId();
    }

    void open(String code) {
        UI.getCurrent().navigate(AddOnEditorView.class, String.valueOf(id(code)));
    }

    long confirmed(String treatment, HoldRequest.AddOnChoice addOn) {
        String owner = "addon-view-" + UUID.randomUUID();
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment(treatment).id(),
                ids.variant(treatment, 30), List.of(addOn), DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"),
                null, null, owner, BookingChannel.KIOSK, Set.of()));
        return bookings.confirm(held.bookingId(), owner, new Guest("Ida", null, "ida@example.org"), null).bookingId();
    }

    /** The row of an option in the options panel. */
    static Div optionRow(String code) {
        return _find(Div.class, spec -> spec.withClasses("manage-options__row")).stream()
                .filter(row -> _find(row, Span.class, s -> s.withText(code)).size() == 1).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + code));
    }

    @Test
    void the_list_shows_every_add_on_in_kiosk_order_and_an_arrow_moves_one_up() {
        UI.getCurrent().navigate(AddOnsView.class);
        @SuppressWarnings("unchecked")
        Grid<AddOnRow> grid = _get(Grid.class);
        List<String> shown = grid.getListDataView().getItems().filter(AddOnRow::active).map(AddOnRow::code).toList();
        assertThat(shown).isEqualTo(menu.activeAddOns().stream().map(a -> a.code()).toList());
        List<Long> before = editor.addOns().stream().map(AddOnRow::id).toList();
        try {
            editor.move(before.get(1), -1);
            UI.getCurrent().navigate(AddOnsView.class);
            @SuppressWarnings("unchecked")
            Grid<AddOnRow> again = _get(Grid.class);
            assertThat(again.getListDataView().getItems().findFirst().orElseThrow().id()).isEqualTo(before.get(1));
        } finally {
            editor.reorder(before);
        }
    }

    @Test
    void a_manager_creates_an_add_on_lets_it_go_with_a_treatment_and_sees_its_kiosk_card_in_three_languages() {
        String code = "SCRUB_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000);
        UI.getCurrent().navigate(AddOnEditorView.class, "new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_find(TextField.class, spec -> spec.withLabel("Name")).getFirst(), "Sugar scrub");
        _setValue(_find(TextArea.class, spec -> spec.withLabel("Description")).getFirst(), "A gentle scrub for the soles.");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Price")), new BigDecimal("7.50"));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Extra minutes")), 15);
        @SuppressWarnings("unchecked")
        Select<AddOnPlacement> when = _get(Select.class, spec -> spec.withLabel("When"));
        _setValue(when, AddOnPlacement.BEFORE_MASSAGE);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        long id = editor.addOns().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().id();
        try {
            assertThat(_get(H1.class).getText()).isEqualTo("Sugar scrub");
            assertThat(_find(Paragraph.class, spec -> spec.withText(
                    "Guests will see this add-on once it goes with a treatment."))).hasSize(1);
            @SuppressWarnings("unchecked")
            CheckboxGroup<com.spakiosk.menu.MenuItem> treatments = _get(CheckboxGroup.class,
                    spec -> spec.withClasses("manage-allowed-choices"));
            _setValue(treatments, Set.of(treatments.getListDataView().getItems()
                    .filter(t -> t.code().equals("RELAXING_FOOT")).findFirst().orElseThrow()));
            _click(_get(Button.class, spec -> spec.withText("Save treatments")));

            assertThat(ids.addOn(code).goesWith(ids.treatment("RELAXING_FOOT").id())).isTrue();
            assertThat(_find(AddOnCard.class)).hasSize(3);
            assertThat(_find(Span.class, spec -> spec.withClasses("addon-card__extra")).getFirst().getText())
                    .isEqualTo("+15 min · +€7.50");
            UI.getCurrent().navigate(AddOnsView.class);
            @SuppressWarnings("unchecked")
            Grid<AddOnRow> grid = _get(Grid.class);
            assertThat(grid.getListDataView().getItems()).filteredOn(r -> r.id() == id).singleElement()
                    .satisfies(r -> assertThat(r.missingLanguages()).containsExactlyInAnyOrder("de", "ru"));
        } finally {
            editor.setActive(id, editor.addOn(id).version(), false, BookingsDecision.KEEP);
        }
    }

    @Test
    void a_taken_code_a_price_of_zero_and_more_heaters_than_the_spa_owns_are_shown_at_their_fields() {
        long before = jdbc.queryForObject("select count(*) from add_on", Long.class);
        UI.getCurrent().navigate(AddOnEditorView.class, "new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "HOT_STONES");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Price")), BigDecimal.ZERO);
        @SuppressWarnings("unchecked")
        Select<SpaEquipment.Kind> equipment = _get(Select.class, spec -> spec.withLabel("Equipment"));
        _setValue(equipment, equipment.getListDataView().getItems().filter(k -> k.name().equals("Stone heater"))
                .findFirst().orElseThrow());
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Units per session")), 3);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Code")).getErrorMessage())
                .isEqualTo("Another add-on already has this code.");
        assertThat(_get(BigDecimalField.class, spec -> spec.withLabel("Price")).getErrorMessage())
                .isEqualTo("Enter a price above zero.");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Units per session")).getErrorMessage())
                .isEqualTo("This would take 3 units at once, but the spa owns 2 (Stone heater).");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Name")).getFirst().getErrorMessage())
                .isEqualTo("Please fill this in.");
        assertThat(jdbc.queryForObject("select count(*) from add_on", Long.class)).isEqualTo(before);
    }

    @Test
    void retiring_an_oil_keeps_it_in_the_list_to_offer_again_and_the_history_says_so() {
        long aroma = id("AROMATHERAPY");
        try {
            open("AROMATHERAPY");
            _click(_get(optionRow("CHAMOMILE"), Button.class, spec -> spec.withText("Retire")));

            assertThat(ids.addOn("AROMATHERAPY").hasOption("CHAMOMILE")).isFalse();
            assertThat(_find(optionRow("CHAMOMILE"), Button.class, spec -> spec.withText("Offer again"))).hasSize(1);
            assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                    .contains("Option CHAMOMILE: offered: true → false");
        } finally {
            editor.setOptionActive(aroma, editor.addOn(aroma).version(), "CHAMOMILE", true);
        }
    }

    @Test
    void taking_an_add_on_off_the_menu_with_a_coming_booking_asks_first_and_keeps_the_booking() {
        long soak = id("FOOT_SOAK");
        long booking = confirmed("RELAXING_LEGS", new HoldRequest.AddOnChoice(soak, null));
        try {
            open("FOOT_SOAK");
            _click(_get(Button.class, spec -> spec.withText("Take off the menu")));
            var dialog = _get(Dialog.class);
            assertThat(_find(dialog, Paragraph.class).getFirst().getText()).contains("Coming bookings that would be affected");
            _click(_get(dialog, Button.class, spec -> spec.withText("Keep them as booked")));

            assertThat(menu.activeAddOns()).noneMatch(a -> a.code().equals("FOOT_SOAK"));
            assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, booking))
                    .isEqualTo("CONFIRMED");
            assertThat(_find(Span.class, spec -> spec.withText("Off the menu"))).hasSize(1);
        } finally {
            editor.setActive(soak, editor.addOn(soak).version(), true, BookingsDecision.KEEP);
        }
    }

    @Test
    void taking_a_treatment_away_with_a_coming_booking_lists_it_and_cancels_it_when_the_manager_says_so() {
        long stones = id("HOT_STONES");
        long booking = confirmed("THERAPEUTIC", new HoldRequest.AddOnChoice(stones, null));
        Set<Long> before = editor.addOn(stones).allowedTreatmentIds();
        try {
            open("HOT_STONES");
            @SuppressWarnings("unchecked")
            CheckboxGroup<com.spakiosk.menu.MenuItem> treatments = _get(CheckboxGroup.class,
                    spec -> spec.withClasses("manage-allowed-choices"));
            var kept = new HashSet<>(treatments.getValue());
            kept.removeIf(t -> t.code().equals("THERAPEUTIC"));
            _setValue(treatments, kept);
            _click(_get(Button.class, spec -> spec.withText("Save treatments")));
            var dialog = _get(Dialog.class);
            assertThat(_find(dialog, ListItem.class)).anyMatch(li -> li.getText().contains("Ida"));
            _click(_get(dialog, Button.class, spec -> spec.withText("Cancel them")));

            assertThat(ids.addOn("HOT_STONES").goesWith(ids.treatment("THERAPEUTIC").id())).isFalse();
            assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, booking))
                    .isEqualTo("CANCELLED");
        } finally {
            editor.allowOnlyWith(stones, editor.addOn(stones).version(), before, BookingsDecision.KEEP);
        }
    }
}
