package com.spakiosk.kiosk.ui;

import com.spakiosk.menu.ui.TreatmentCard;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.spakiosk.kiosk.ui.KioskFlowTest.addOnCard;
import static com.spakiosk.kiosk.ui.KioskFlowTest.answerYes;
import static com.spakiosk.kiosk.ui.KioskFlowTest.card;
import static com.spakiosk.kiosk.ui.KioskFlowTest.tap;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.scheduling.Slot;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Going back keeps what the guest said; holds follow the guest's latest choice; "just taken" respects it. */
class KioskChoicesTest extends KaribuTest {

    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;

    final LocalDate monday = DemoSpaIds.freshMonday();
    final List<Long> otherHolds = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        otherHolds.forEach(id -> jdbc.update("update booking set status = 'EXPIRED', hold_expires_at = null, "
                + "hold_owner = null, hold_client = null where id = ? and status = 'HELD'", id));
        clock.reset();
    }

    void openAt(String time) {
        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(monday, time)));
        UI.getCurrent().navigate(KioskView.class);
        _get(KioskView.class).startOver();
    }

    /** The relaxing foot ritual, 30 minutes, no extras, every answer "No": the times step. */
    static void toTheTimes() {
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        tap("Continue");
        tap("Continue");
    }

    static KioskFlow flow() {
        return _get(KioskView.class).flow();
    }

    static List<String> infos() {
        return _find(Paragraph.class, spec -> spec.withClasses("kiosk-info")).stream().map(Paragraph::getText).toList();
    }

    /** Another kiosk (or the desk) holds a time for one therapist. */
    void someoneElseHolds(String time, String therapist, int minutes) {
        var outcome = bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", minutes), List.of(), DemoSpaIds.at(monday, time),
                ids.therapist(therapist), null, "other-" + therapist + time, BookingChannel.DESK, Set.of()));
        otherHolds.add(((HoldOutcome.Held) outcome).bookingId());
    }

    @Test
    void back_from_the_details_keeps_the_screening_notes_and_the_front_desk_notice() {
        openAt("08:58");
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        tap("45 min · €48.00");
        _click(addOnCard("HOT_STONES"));
        tap("Continue");
        answerYes("HEAT_SENSITIVITY");
        answerYes("BLOOD_THINNERS");
        _setValue(_get(Checkbox.class), true);
        tap("Continue");
        List<String> notes = infos();
        assertThat(notes).anyMatch(t -> t.startsWith("We took “Hot stones” out of your choice."))
                .anyMatch(t -> t.startsWith("Please come to the front desk before your session"));
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        tap("Back");
        assertThat(infos()).containsAll(notes);
    }

    @Test
    void back_to_the_screening_keeps_the_answers_and_the_consent() {
        openAt("08:58");
        tap("Tap to start");
        _click(card("RELAXING_FOOT"));
        tap("Continue");
        answerYes("BLOOD_THINNERS");
        _setValue(_get(Checkbox.class), true);
        tap("Continue");
        tap("Back");
        assertThat(_get(Checkbox.class).getValue()).isTrue();
        tap("Continue");
        assertThat(infos()).anyMatch(t -> t.startsWith("Please come to the front desk before your session"));
    }

    @Test
    void back_from_the_review_keeps_the_guest_s_details() {
        openAt("08:58");
        toTheTimes();
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("First name")), "Emma");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail")), "emma@example.org");
        tap("Continue");
        tap("Back");
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).getValue()).isEqualTo("Emma");
        assertThat(_get(TextField.class, spec -> spec.withLabel("E-mail")).getValue()).isEqualTo("emma@example.org");
    }

    @Test
    void going_back_and_choosing_another_time_lets_go_of_the_first_hold() {
        openAt("08:58");
        toTheTimes();
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        long first = flow().hold().bookingId();
        tap("Back");
        _click(_find(Button.class, spec -> spec.withClasses("kiosk-time")).get(2));
        long second = flow().hold().bookingId();
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, first)).isEqualTo("EXPIRED");
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, second)).isEqualTo("HELD");
    }

    @Test
    void a_kiosk_that_holds_too_many_times_asks_the_guest_calmly_to_wait() {
        openAt("08:58");
        String kiosk = VaadinSession.getCurrent().getBrowser().getAddress();
        for (String time : List.of("13:00", "14:00", "15:00")) {
            var held = bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                    ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(monday, time), null, null,
                    "script-" + time, BookingChannel.KIOSK, Set.of(), kiosk));
            otherHolds.add(((HoldOutcome.Held) held).bookingId());
        }
        toTheTimes();
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-problem")).getText())
                .startsWith("This kiosk is holding several times for guests right now.");
        assertThat(flow().hold()).isNull();
    }

    @Test
    void a_guest_who_chose_any_therapist_gets_alternatives_with_any_therapist() {
        openAt("08:58");
        toTheTimes();
        Slot shown = flow().slotsOn(monday, null).getFirst();
        assertThat(shown.start()).isEqualTo(DemoSpaIds.at(monday, "09:15"));
        // The shown therapist is busy for an hour; the other one who works at 9:15 is free again at 10:00.
        String shownTherapist = shown.therapistId() == ids.therapist("ANNA") ? "ANNA" : "LENA";
        String other = shownTherapist.equals("ANNA") ? "LENA" : "ANNA";
        someoneElseHolds("09:15", shownTherapist, 60);
        someoneElseHolds("09:15", other, 30);
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-problem")).getText())
                .isEqualTo("Someone has just taken 9:15\u202fAM. These times are free:");
        assertThat(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")).getText())
                .startsWith("10:00\u202fAM with any therapist");
    }

    @Test
    void alternatives_on_another_day_say_which_day() {
        openAt("18:50");
        toTheTimes();
        Slot shown = flow().slotsOn(monday, null).getFirst();
        String time = shown.start().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalTime().toString();
        assertThat(time).isIn("19:00", "19:15");
        someoneElseHolds(time, "MIRA", 45); // the last therapist of the day, until closing
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        assertThat(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")).getText())
                .startsWith("Tomorrow, ");
    }

    @Test
    void a_treatment_taken_off_the_menu_while_the_guest_chooses_leads_kindly_back_to_the_menu() {
        openAt("08:58");
        tap("Tap to start");
        _click(card("PREVENTIVE"));
        tap("Continue");
        jdbc.update("update treatment set active = false where code = 'PREVENTIVE'");
        jdbc.update("update resource_version set version = version + 1");
        try {
            tap("Continue");
            assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-problem")).getText())
                    .isEqualTo("This treatment has just left our menu. Please choose another one.");
            tap("See the menu");
            assertThat(_find(TreatmentCard.class)).extracting(c -> c.getElement().getAttribute("data-code"))
                    .isNotEmpty().doesNotContain("PREVENTIVE");
        } finally {
            jdbc.update("update treatment set active = true where code = 'PREVENTIVE'");
            jdbc.update("update resource_version set version = version + 1");
        }
    }
}
