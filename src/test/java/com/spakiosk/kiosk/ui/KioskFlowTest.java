package com.spakiosk.kiosk.ui;

import com.spakiosk.menu.ui.TreatmentCard;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.KaribuTest;
import com.spakiosk.TestClock;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.ReferenceCode;
import com.spakiosk.menu.TreatmentCategory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The guest's whole flow, tap by tap, on the real services and the demo spa. */
class KioskFlowTest extends KaribuTest {

    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired BookingService bookings;

    final LocalDate monday = DemoSpaIds.freshMonday();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The kiosk on a quiet Monday morning at 08:58 (Anna and Lena start at 09:00). Times read "9:15\u202fAM" in English. */
    void openAtMondayMorning() {
        openAt("08:58");
    }

    /** Moves the clock, then shows the welcome screen afresh (the view was built at setup with the old time). */
    void openAt(String time) {
        clock.advance(Duration.between(clock.instant(), DemoSpaIds.at(monday, time)));
        UI.getCurrent().navigate(KioskView.class);
        _get(KioskView.class).startOver();
    }

    static void tap(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    static TreatmentCard card(String code) {
        return _find(TreatmentCard.class).stream().filter(c -> code.equals(c.getElement().getAttribute("data-code")))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + code));
    }

    static Button addOnCard(String code) {
        return _find(Button.class, spec -> spec.withClasses("addon-card")).stream()
                .filter(b -> code.equals(b.getElement().getAttribute("data-code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no add-on " + code));
    }

    static void answerYes(String questionCode) {
        var row = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("screening-question")).stream()
                .filter(d -> questionCode.equals(d.getElement().getAttribute("data-code"))).findFirst().orElseThrow();
        _click(_get(row, Button.class, spec -> spec.withClasses("answer-yes")));
    }

    /** The browser's poll arrives (the kiosk's timers check what is due). */
    static void poll() {
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));
    }

    static String total() {
        return _get(Span.class, spec -> spec.withClasses("kiosk-total")).getText();
    }

    /** 08:58 on a quiet Monday: the relaxing foot ritual, no extras, all "No", the earliest time held. */
    void holdTheFirstTimeOfAQuietMonday() {
        openAtMondayMorning();
        chooseTreatment("RELAXING_FOOT");
        tap("Continue");
        tap("Continue");
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
    }

    void chooseTreatment(String code) {
        tap("Tap to start");
        _click(card(code));
    }

    void fillDetails(String name, String phone, String email) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("First name")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Mobile number")), phone);
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail")), email);
        tap("Continue");
    }

    @Test
    void the_welcome_screen_offers_three_languages_and_a_large_start() {
        UI.getCurrent().navigate(KioskView.class);
        _get(Button.class, spec -> spec.withText("Tap to start"));
        assertThat(_find(Button.class, spec -> spec.withClasses("kiosk-language"))).extracting(Button::getText)
                .containsExactly("English", "Deutsch", "Русский");
    }

    @Test
    void the_welcome_screen_offers_what_can_start_within_thirty_minutes_and_one_tap_chooses_it() {
        openAt("09:00");
        var soon = _find(Button.class, spec -> spec.withClasses("kiosk-soon__item"));
        // Monday 09:10 on: Anna, Lena and Daniel work; Mira only from 12:00, so nothing needs her.
        assertThat(soon).extracting(Button::getText).containsExactlyInAnyOrder("Relaxing foot ritual · 30 min",
                "Calm legs massage · 30 min", "Lymphatic drainage · 30 min", "Anti-cellulite massage · 30 min",
                "Preventive leg care · 30 min", "Classical therapeutic massage · 30 min");
        _click(soon.stream().filter(b -> b.getText().equals("Preventive leg care · 30 min")).findFirst().orElseThrow());
        assertThat(total()).startsWith("Total €39.00 · 30 min");
    }

    @Test
    void late_at_night_nothing_is_offered_as_starting_soon() {
        openAt("23:00");
        _get(Button.class, spec -> spec.withText("Tap to start"));
        assertThat(_find(Button.class, spec -> spec.withClasses("kiosk-soon__item"))).isEmpty();
    }

    @Test
    void choosing_german_translates_the_kiosk_and_russian_too() {
        UI.getCurrent().navigate(KioskView.class);
        tap("Deutsch");
        tap("Tippen zum Starten");
        assertThat(_get(H1.class).getText()).isEqualTo("Wählen Sie Ihre Behandlung");
        assertThat(_get(card("RELAXING_FOOT"), H3.class).getText()).isEqualTo("Entspannendes Fußritual");
        _click(card("RELAXING_FOOT"));
        tap("Weiter");
        assertThat(_find(Span.class, spec -> spec.withClasses("screening-question__text"))).extracting(Span::getText)
                .contains("Haben Sie Krampfadern?");
        tap("Zurück"); // to the options
        tap("Zurück"); // to the menu
        tap("Zurück");
        tap("Русский");
        _get(Button.class, spec -> spec.withText("Нажмите, чтобы начать"));
    }

    @Test
    void a_russian_guest_reviews_a_time_range_without_a_preposition_and_the_room_in_russian() {
        openAtMondayMorning();
        tap("Русский");
        tap("Нажмите, чтобы начать");
        _click(card("RELAXING_FOOT"));
        tap("Далее");
        tap("Далее");
        assertThat(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")).getText())
                .isEqualTo("09:15, любой свободный массажист, через 17 минут");
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Имя")), "Ольга");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail")), "olga@example.org");
        tap("Далее");
        var values = _find(com.vaadin.flow.component.html.DescriptionList.Description.class).stream()
                .map(d -> d.getText()).toList();
        assertThat(values).anyMatch(v -> v.startsWith("понедельник, ") && v.endsWith(", 09:15–09:45"))
                .noneMatch(v -> v.startsWith("с "))
                .anyMatch(v -> v.equals("Липовый кабинет") || v.equals("Берёзовый кабинет")
                        || v.equals("Ивовый кабинет") || v.equals("Лаунж-зона для стоп"));
    }

    @Test
    void a_german_guest_reads_a_grammatical_earliest_time_for_any_therapist() {
        openAtMondayMorning();
        tap("Deutsch");
        tap("Tippen zum Starten");
        _click(card("RELAXING_FOOT"));
        tap("Weiter");
        tap("Weiter");
        assertThat(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")).getText())
                .isEqualTo("09:15 mit der nächsten freien Fachkraft, in 17 Minuten");
    }

    @Test
    void the_menu_shows_every_treatment_as_a_card_in_category_order_with_durations_and_from_price() {
        UI.getCurrent().navigate(KioskView.class);
        tap("Tap to start");
        var cards = _find(TreatmentCard.class);
        assertThat(cards).hasSize(6);
        assertThat(cards).extracting(c -> TreatmentCategory.valueOf(c.getElement().getAttribute("data-category")))
                .isSorted().containsAll(Arrays.asList(TreatmentCategory.values()));
        var ritual = card("RELAXING_FOOT");
        assertThat(_get(ritual, H3.class).getText()).isEqualTo("Relaxing foot ritual");
        assertThat(_find(ritual, Span.class)).extracting(Span::getText).contains("30 min", "45 min", "60 min", "from €36.00");
    }

    @Test
    void duration_and_add_ons_update_the_total_live_and_only_fitting_add_ons_are_offered() {
        UI.getCurrent().navigate(KioskView.class);
        chooseTreatment("RELAXING_FOOT");
        assertThat(total()).startsWith("Total €36.00 · 30 min");
        tap("45 min · €48.00");
        _click(addOnCard("HOT_STONES"));
        assertThat(total()).startsWith("Total €63.00 · 60 min");
        _click(addOnCard("HOT_STONES"));
        assertThat(total()).startsWith("Total €48.00 · 45 min");
        assertThat(_find(Button.class, spec -> spec.withClasses("addon-card")))
                .extracting(b -> b.getElement().getAttribute("data-code"))
                .contains("AROMATHERAPY", "HOT_STONES", "FOOT_SOAK").doesNotContain("HERBAL_COMPRESS");
    }

    @Test
    void the_total_shows_when_the_treatment_would_end_if_started_soon() {
        openAtMondayMorning();
        chooseTreatment("RELAXING_FOOT");
        tap("45 min · €48.00");
        assertThat(total()).isEqualTo("Total €48.00 · 45 min · start at 9:15\u202fAM, finish at 10:00\u202fAM");
    }

    @Test
    void the_confirmation_returns_to_the_welcome_screen_by_itself() {
        holdTheFirstTimeOfAQuietMonday();
        fillDetails("Emma", "", "emma@example.org");
        tap("Book now");
        _get(Span.class, spec -> spec.withClasses("kiosk-code"));
        assertThat(UI.getCurrent().getPollInterval()).isBetween(29_000, (int) DoneStep.RETURN_AFTER.toMillis());
        clock.advance(Duration.ofSeconds(29));
        poll();
        _get(Span.class, spec -> spec.withClasses("kiosk-code"));
        clock.advance(Duration.ofSeconds(1));
        poll();
        _get(Button.class, spec -> spec.withText("Tap to start"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_broken_email_address_is_refused_with_a_message() {
        holdTheFirstTimeOfAQuietMonday();
        fillDetails("Emma", "", "emma@example");
        var email = _get(TextField.class, spec -> spec.withLabel("E-mail"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("This does not look like an e-mail address. Please check it.");
        _get(TextField.class, spec -> spec.withLabel("First name"));
    }

    @Test
    void a_guest_books_by_taps_and_gets_a_code_and_a_qr_code() {
        openAtMondayMorning();
        chooseTreatment("RELAXING_FOOT");
        tap("Continue");                      // 30 minutes, no extras
        tap("Continue");                      // all screening answers "No"
        var earliest = _get(Button.class, spec -> spec.withClasses("kiosk-earliest"));
        assertThat(earliest.getText()).isEqualTo("9:15\u202fAM with any therapist, in 17 minutes");
        _click(earliest);
        fillDetails("Emma", "0151 2345 6789", "");
        tap("Book now");

        String code = _get(Span.class, spec -> spec.withClasses("kiosk-code")).getText();
        assertThat(ReferenceCode.isWellFormed(code)).isTrue();
        _get(com.vaadin.flow.component.html.Image.class, spec -> spec.withClasses("kiosk-qr"));
        assertThat(jdbc.queryForMap("select status, guest_first_name, guest_phone from booking where reference_code = ?", code))
                .containsEntry("STATUS", "CONFIRMED").containsEntry("GUEST_FIRST_NAME", "Emma")
                .containsEntry("GUEST_PHONE", "+4915123456789");
        tap("Finish");
        _get(Button.class, spec -> spec.withText("Tap to start"));
    }

    @Test
    void a_guest_whose_answers_rule_out_the_treatment_is_told_kindly_and_offered_what_is_safe() {
        UI.getCurrent().navigate(KioskView.class);
        chooseTreatment("THERAPEUTIC");
        tap("Continue");
        answerYes("LEG_SKIN");
        _setValue(_get(Checkbox.class), true);
        tap("Continue");
        assertThat(_get(H1.class).getText()).isEqualTo("Classical therapeutic massage is not suitable for you today");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("talk to a doctor"));
        assertThat(_find(TreatmentCard.class)).extracting(c -> c.getElement().getAttribute("data-code"))
                .containsExactly("RELAXING_FOOT");
    }

    @Test
    void a_german_guest_reads_why_the_foot_soak_was_left_out_not_the_massage_refusal() {
        openAtMondayMorning();
        tap("Deutsch");
        tap("Tippen zum Starten");
        _click(card("RELAXING_FOOT"));
        _click(addOnCard("FOOT_SOAK"));
        tap("Weiter");
        answerYes("LEG_SKIN");
        _setValue(_get(Checkbox.class), true);
        tap("Weiter");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("kiosk-info"))).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Wir haben „Warmes Fußbad“ aus Ihrer Auswahl genommen.")
                        && t.endsWith("Bei einer Hauterkrankung an den Beinen ist ein Fußbad nicht ratsam."))
                .noneMatch(t -> t.contains("Haut mit einer Wunde"));
    }

    @Test
    void a_ruled_out_add_on_is_left_out_while_the_rest_of_the_choice_stays() {
        openAtMondayMorning();
        chooseTreatment("RELAXING_FOOT");
        tap("45 min · €48.00");
        _click(addOnCard("HOT_STONES"));
        tap("Continue");
        answerYes("HEAT_SENSITIVITY");
        _setValue(_get(Checkbox.class), true);
        tap("Continue");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("kiosk-info"))).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("We took “Hot stones” out of your choice."));
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        fillDetails("Felix", "", "felix@example.org");
        assertThat(_find(com.vaadin.flow.component.html.DescriptionList.Description.class))
                .extracting(d -> d.getText()).contains("Relaxing foot ritual, 45 min", "None", "€48.00");
    }

    @Test
    void without_consent_a_yes_answer_sends_the_guest_to_the_front_desk() {
        UI.getCurrent().navigate(KioskView.class);
        chooseTreatment("RELAXING_FOOT");
        tap("Continue");
        answerYes("VARICOSE_VEINS");
        tap("Continue");
        assertThat(_get(H1.class).getText()).isEqualTo("Please see the front desk");
    }

    @Test
    void a_review_answer_reaches_the_booking_as_a_flag() {
        openAtMondayMorning();
        chooseTreatment("RELAXING_FOOT");
        tap("Continue");
        answerYes("BLOOD_THINNERS");
        _setValue(_get(Checkbox.class), true);
        tap("Continue");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("kiosk-info"))).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Please come to the front desk before your session"));
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        fillDetails("Olga", "", "olga@example.org");
        tap("Book now");
        String code = _get(Span.class, spec -> spec.withClasses("kiosk-code")).getText();
        assertThat(jdbc.queryForObject("select screening_review_required from booking where reference_code = ?",
                Boolean.class, code)).isTrue();
        assertThat(jdbc.queryForList("""
                select f.question_code from booking_screening_flag f join booking b on b.id = f.booking_id
                 where b.reference_code = ?""", String.class, code)).containsOnly("BLOOD_THINNERS");
    }

    @Test
    void a_wrong_phone_number_is_refused_with_a_message_and_nothing_is_booked() {
        holdTheFirstTimeOfAQuietMonday();
        fillDetails("Emma", "12ab", "");
        var phone = _get(TextField.class, spec -> spec.withLabel("Mobile number"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("This does not look like a phone number. Please check it.");
        fillDetails("", "", "");
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).isInvalid()).isTrue();
    }

    @Test
    void a_time_taken_by_someone_else_shows_the_next_free_times() {
        openAtMondayMorning();
        chooseTreatment("RELAXING_FOOT");
        tap("Continue");
        tap("Continue");
        // Another kiosk takes every qualified therapist at 09:15 first.
        for (String therapist : List.of("ANNA", "LENA")) {
            bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), List.of(),
                    DemoSpaIds.at(monday, "09:15"), ids.therapist(therapist), null, "other-kiosk-" + therapist,
                    BookingChannel.KIOSK, Set.of()));
        }
        _click(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-problem")).getText())
                .isEqualTo("Someone has just taken 9:15\u202fAM. These times are free:");
        assertThat(_get(Button.class, spec -> spec.withClasses("kiosk-earliest")).getText()).doesNotStartWith("9:15\u202fAM");
    }

    @Test
    void a_hold_that_runs_out_before_booking_is_explained_and_nothing_is_booked() {
        holdTheFirstTimeOfAQuietMonday();
        fillDetails("Emma", "", "emma@example.org");
        clock.advance(Duration.ofMinutes(6));
        tap("Book now");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-problem")).getText())
                .startsWith("Your held time ran out");
    }
}
