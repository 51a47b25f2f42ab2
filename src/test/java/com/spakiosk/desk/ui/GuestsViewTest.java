package com.spakiosk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.GuestService;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The desk's guests page: find a guest, see their bookings and counts, edit them with the version seen. */
@WithMockUser(roles = "FRONT_DESK")
class GuestsViewTest extends KaribuTest {

    @Autowired BookingService bookings;
    @Autowired GuestService guests;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();
    final String phone = String.format("+49151%08d", ThreadLocalRandom.current().nextInt(100_000_000));

    Confirmation book(String time, Guest guest) {
        String owner = "guests-view-" + time;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(monday, time), ids.therapist("ANNA"),
                ids.room("LINDEN"), owner, BookingChannel.DESK, Set.of()));
        return bookings.confirm(held.bookingId(), owner, guest, null);
    }

    long guestId(Confirmation booking) {
        return jdbc.queryForObject("select guest_id from booking where id = ?", Long.class, booking.bookingId());
    }

    static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Find a guest")), text);
    }

    static String detailsText() {
        return _get(Div.class, spec -> spec.withClasses("desk-guest-details")).getElement().getTextRecursively();
    }

    void openGuest(String query) {
        UI.getCurrent().navigate("desk/guests");
        search(query);
        _click(_find(Button.class, spec -> spec.withClasses("desk-guest-result")).stream()
                .filter(b -> b.getText().contains(phone)).findFirst().orElseThrow());
    }

    @Test
    void the_guests_page_has_its_own_address_beside_the_day_calendar() {
        UI.getCurrent().navigate("desk/guests");
        assertThat(_get(H1.class).getText()).isEqualTo("Guests");
    }

    @Test
    void a_guest_found_by_booking_code_shows_their_bookings_with_no_shows_and_late_cancellations() {
        Confirmation upcoming = book("09:00", new Guest("Hanna", "Vogt", phone, null));
        Confirmation noShow = book("11:00", new Guest("Hanna", phone, null));
        long version = jdbc.queryForObject("select version from booking where id = ?", Long.class, noShow.bookingId());
        bookings.changeStatus(noShow.bookingId(), version, BookingStatus.NO_SHOW);

        openGuest(upcoming.referenceCode());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("desk-guest-counts")).getText())
                .isEqualTo("1 no-show · 0 late cancellations");
        assertThat(detailsText()).contains("Hanna Vogt", upcoming.referenceCode(), noShow.referenceCode(), "No-show",
                "Relaxing");
    }

    @Test
    void the_desk_edits_name_contact_and_notes_and_the_record_keeps_them() {
        Confirmation booking = book("13:00", new Guest("Ida", phone, null));
        openGuest(phone);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Last name")), "Brandt");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail")), "IDA.Brandt@Example.org");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Notes for the desk")), "Prefers Anna.");
        _click(_get(Button.class, spec -> spec.withText("Save guest")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("desk-guest-message")).getText()).isEqualTo("Saved.");
        var saved = guests.details(guestId(booking)).orElseThrow();
        assertThat(saved.fullName()).isEqualTo("Ida Brandt");
        assertThat(saved.email()).isEqualTo("ida.brandt@example.org");
        assertThat(saved.notes()).isEqualTo("Prefers Anna.");
    }

    @Test
    void an_edit_after_someone_else_saved_the_guest_is_refused_and_the_record_shows_as_it_is_now() {
        Confirmation booking = book("15:00", new Guest("Jan", phone, null));
        openGuest(phone);
        var seen = guests.details(guestId(booking)).orElseThrow();
        guests.update(seen.id(), seen.version(), new GuestService.GuestEdit("Jana", null, phone, null, null)); // another desk
        _setValue(_get(TextField.class, spec -> spec.withLabel("Last name")), "Kurz");
        _click(_get(Button.class, spec -> spec.withText("Save guest")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("desk-guest-message")).getText())
                .isEqualTo("Someone else changed this guest a moment ago. Here is how the record looks now.");
        assertThat(guests.details(seen.id()).orElseThrow().fullName()).isEqualTo("Jana");
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).getValue()).isEqualTo("Jana");
    }

    @Test
    void an_invalid_phone_number_is_refused_on_the_field_and_nothing_is_saved() {
        Confirmation booking = book("16:00", new Guest("Kai", phone, null));
        openGuest(phone);
        long version = guests.details(guestId(booking)).orElseThrow().version();
        var phoneField = _get(TextField.class, spec -> spec.withLabel("Phone"));
        _setValue(phoneField, "12");
        _click(_get(Button.class, spec -> spec.withText("Save guest")));
        assertThat(phoneField.isInvalid()).isTrue();
        assertThat(phoneField.getErrorMessage()).isEqualTo("This is not a phone number we can call.");
        assertThat(guests.details(guestId(booking)).orElseThrow().version()).isEqualTo(version);
    }
}
