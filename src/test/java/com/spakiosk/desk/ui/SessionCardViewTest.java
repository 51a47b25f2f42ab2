package com.spakiosk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.BookingStatus;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.ScreeningConsent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.OrderedList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The therapist's printable session card at desk/card/:bookingId. */
@WithMockUser(roles = "FRONT_DESK")
class SessionCardViewTest extends KaribuTest {

    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();

    long booked(String treatment, String time, List<HoldRequest.AddOnChoice> addOns, Set<String> yes) {
        String owner = "session-card-" + time;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment(treatment).id(),
                ids.variant(treatment, 45), addOns, DemoSpaIds.at(monday, time), ids.therapist("ANNA"),
                ids.room("LINDEN"), owner, BookingChannel.KIOSK, yes));
        bookings.confirm(held.bookingId(), owner, new Guest("Greta", "+4915123456789", null),
                new ScreeningConsent(yes, Instant.now()));
        return held.bookingId();
    }

    static String page() {
        return _get(SessionCardView.class).getElement().getTextRecursively();
    }

    static List<String> stepTitles() {
        return _get(OrderedList.class, spec -> spec.withClasses("session-card__steps")).getChildren()
                .map(item -> item.getChildren().findFirst().orElseThrow().getElement().getText()).toList();
    }

    @Test
    void the_card_shows_guest_time_therapist_room_extras_with_the_oil_the_caution_and_the_protocol_in_order() {
        long id = booked("RELAXING_FOOT", "10:00",
                List.of(new HoldRequest.AddOnChoice(ids.addOn("AROMATHERAPY").id(), "LAVENDER")), Set.of("VARICOSE_VEINS"));
        UI.getCurrent().navigate("desk/card/" + id);
        assertThat(page()).contains("Relaxing foot ritual · 45 min", "Greta", "Anna Keller", "Linden room",
                "Aromatherapy (Lavender: calming)", "Caution for the therapist", "No deep pressure over visible veins.",
                "Sitting, reclined · Toes", "Reclining, legs raised, a cushion under the knees.");
        assertThat(stepTitles()).containsExactly("Toes", "Foot", "Ankle joint");
        _get(Button.class, spec -> spec.withText("Print"));
    }

    @Test
    void the_card_says_who_cleared_the_screening_review_and_with_which_note() {
        long id = booked("RELAXING_FOOT", "13:00", List.of(), Set.of("BLOOD_THINNERS"));
        UI.getCurrent().navigate("desk/card/" + id);
        assertThat(page()).contains("The screening review is not cleared yet");
        long version = jdbc.queryForObject("select version from booking where id = ?", Long.class, id);
        bookings.clearScreeningReview(id, version, "Spoke with the guest, no acute symptoms");
        UI.getCurrent().navigate("desk");
        UI.getCurrent().navigate("desk/card/" + id);
        assertThat(page()).contains("Screening review cleared by user", "Spoke with the guest, no acute symptoms")
                .doesNotContain("not cleared yet");
    }

    @Test
    void the_card_speaks_the_staff_language_where_the_menu_has_translations() {
        long id = booked("THERAPEUTIC", "14:00", List.of(), Set.of());
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("desk/card/" + id);
        assertThat(stepTitles()).startsWith("Zehen", "Fuß").endsWith("Nervenstämme").hasSize(10);
        assertThat(page()).contains("Klassische", "Rückenlage · Zehen", "Ganzes Bein", "Die Gesundheitsfragen ergaben keine Hinweise.");
    }

    @Test
    void an_unknown_booking_gets_a_calm_sentence() {
        UI.getCurrent().navigate("desk/card/999999999");
        assertThat(page()).contains("There is no such booking.");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_manager_opens_the_card_too() {
        long id = booked("RELAXING_FOOT", "16:00", List.of(), Set.of());
        UI.getCurrent().navigate("desk/card/" + id);
        assertThat(stepTitles()).contains("Toes");
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, id))
                .isEqualTo(BookingStatus.CONFIRMED.name());
    }
}
