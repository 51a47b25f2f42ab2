package com.spakiosk.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.base.ResourceVersion;
import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.DemoSpaIds;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The manager's treatment editor: what it refuses (and then writes nothing), what it keeps for
 * bookings already made, and what it records. Changes to the demo menu are put back afterwards,
 * since every Spring test shares one database.
 */
@SpringTest
@WithMockUser(username = "mia.manager", roles = "MANAGER")
class TreatmentEditorTest {

    @Autowired TreatmentEditor editor;
    @Autowired MenuService menu;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired ResourceVersion resourceVersion;
    @Autowired JdbcTemplate jdbc;

    private final List<Runnable> putBack = new ArrayList<>();

    @AfterEach
    void putTheDemoMenuBack() {
        putBack.reversed().forEach(Runnable::run);
    }

    long id(String code) {
        return menu.findTreatment(code).orElseThrow().getId();
    }

    TreatmentEdit edit(String code) {
        return editor.treatment(id(code));
    }

    long variantId(String code, int minutes) {
        return edit(code).variants().stream().filter(v -> v.minutes() == minutes).findFirst().orElseThrow().id();
    }

    long confirmedBooking(String code, int minutes) {
        String owner = "editor-" + UUID.randomUUID();
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(id(code), ids.variant(code, minutes), List.of(),
                DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"), null, null, owner, BookingChannel.KIOSK,
                java.util.Set.of()));
        return bookings.confirm(held.bookingId(), owner, new Guest("Greta", null, "greta@example.org"), null).bookingId();
    }

    Map<String, Object> bookingRow(long bookingId) {
        return jdbc.queryForMap("select status, price_amount, variant_id, ends_at from booking where id = ?", bookingId);
    }

    TreatmentForm newForm(String code) {
        return new TreatmentForm(code, TreatmentCategory.RELAXING, Map.of(
                "en", new TreatmentForm.Texts("Evening foot ritual", "Warm strokes for tired feet.",
                        "A calm ritual for the evening.", "")),
                EnumSet.of(BodyArea.FOOT, BodyArea.TOES), true);
    }

    void changePriceBackLater(String code, int minutes) {
        BigDecimal before = edit(code).variants().stream().filter(v -> v.minutes() == minutes).findFirst()
                .orElseThrow().price().amount();
        putBack.add(() -> editor.changePrice(id(code), edit(code).version(), variantId(code, minutes), before));
    }

    @Test
    void a_new_price_reaches_the_menu_at_once_and_a_booking_keeps_the_price_and_minutes_it_was_made_with() {
        long booking = confirmedBooking("LYMPHATIC", 45);
        var before = bookingRow(booking);
        long version = resourceVersion.current();
        changePriceBackLater("LYMPHATIC", 45);

        editor.changePrice(id("LYMPHATIC"), edit("LYMPHATIC").version(), variantId("LYMPHATIC", 45), new BigDecimal("65.50"));

        assertThat(resourceVersion.current()).isGreaterThan(version);
        assertThat(ids.treatment("LYMPHATIC").variants()).anySatisfy(v -> {
            assertThat(v.durationMinutes()).isEqualTo(45);
            assertThat(v.price().amount()).isEqualByComparingTo("65.50");
        });
        assertThat(bookingRow(booking)).isEqualTo(before);
        assertThat(editor.history(id("LYMPHATIC")).getFirst().changes())
                .contains(new ItemSnapshot.Change("variant.45.price", "62.00", "65.50"));
        assertThat(editor.history(id("LYMPHATIC")).getFirst().getChangedBy()).isEqualTo("mia.manager");
    }

    @Test
    void a_duplicate_code_an_empty_name_and_no_body_area_are_refused_at_their_fields_and_nothing_is_written() {
        long count = jdbc.queryForObject("select count(*) from treatment", Long.class);
        var form = new TreatmentForm("LYMPHATIC", TreatmentCategory.RELAXING,
                Map.of("en", new TreatmentForm.Texts(" ", "Summary", "Description", "")), EnumSet.noneOf(BodyArea.class), true);

        assertThatThrownBy(() -> editor.create(form)).isInstanceOfSatisfying(MenuEditException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("code", "manage.problem.codeTaken"),
                        org.assertj.core.groups.Tuple.tuple("name.en", "manage.problem.required"),
                        org.assertj.core.groups.Tuple.tuple("bodyAreas", "manage.problem.bodyAreas")));
        assertThat(jdbc.queryForObject("select count(*) from treatment", Long.class)).isEqualTo(count);
    }

    @Test
    void minutes_off_the_booking_grid_and_a_price_of_zero_are_refused_and_the_treatment_is_unchanged() {
        var before = edit("RELAXING_FOOT");
        assertThatThrownBy(() -> editor.addVariant(before.id(), before.version(), 50, BigDecimal.ZERO))
                .isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactlyInAnyOrder("manage.problem.minutesGrid", "manage.problem.pricePositive"));
        assertThatThrownBy(() -> editor.addVariant(before.id(), before.version(), 45, new BigDecimal("-3")))
                .isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactlyInAnyOrder("manage.problem.minutesTaken", "manage.problem.pricePositive"));
        assertThat(edit("RELAXING_FOOT")).isEqualTo(before);
    }

    @Test
    void a_change_made_on_an_old_copy_is_refused_naming_who_changed_the_treatment_first() {
        var copy = edit("PREVENTIVE");
        changePriceBackLater("PREVENTIVE", 30);
        editor.changePrice(copy.id(), copy.version(), variantId("PREVENTIVE", 30), new BigDecimal("40.00"));

        assertThatThrownBy(() -> editor.changePrice(copy.id(), copy.version(), variantId("PREVENTIVE", 30),
                new BigDecimal("41.00"))).isInstanceOfSatisfying(MenuEditException.class, e -> {
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("manage.problem.stale");
                    assertThat(e.problems().getFirst().args().getFirst()).isEqualTo("mia.manager");
                });
        assertThat(edit("PREVENTIVE").variants()).anySatisfy(v ->
                assertThat(v.price().amount()).isEqualByComparingTo("40.00"));
    }

    @Test
    void retiring_a_duration_lists_its_coming_bookings_and_keeps_them_as_booked_when_the_manager_says_so() {
        long booking = confirmedBooking("PREVENTIVE", 60);
        long variant = variantId("PREVENTIVE", 60);
        assertThat(editor.affectedByRetiring(variant)).extracting(FutureBookings.Affected::bookingId).contains(booking);
        putBack.add(() -> editor.setVariantActive(id("PREVENTIVE"), edit("PREVENTIVE").version(), variant, true,
                BookingsDecision.KEEP));

        editor.setVariantActive(id("PREVENTIVE"), edit("PREVENTIVE").version(), variant, false, BookingsDecision.KEEP);

        assertThat(ids.treatment("PREVENTIVE").variants()).noneMatch(v -> v.durationMinutes() == 60);
        assertThat(edit("PREVENTIVE").variants()).anyMatch(v -> v.minutes() == 60 && !v.active());
        assertThat(bookingRow(booking).get("status")).isEqualTo("CONFIRMED");
        assertThat(bookingRow(booking).get("variant_id")).isEqualTo(variant);
    }

    @Test
    void taking_a_treatment_off_the_menu_can_cancel_its_coming_bookings_with_the_reason_in_their_history() {
        long booking = confirmedBooking("ANTI_CELLULITE", 30);
        long id = id("ANTI_CELLULITE");
        putBack.add(() -> editor.setActive(id, editor.treatment(id).version(), true, BookingsDecision.KEEP));

        editor.setActive(id, editor.treatment(id).version(), false, BookingsDecision.CANCEL);

        assertThat(menu.activeMenu()).noneMatch(t -> t.code().equals("ANTI_CELLULITE"));
        assertThat(bookingRow(booking).get("status")).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select status_reason from booking where id = ?", String.class, booking))
                .isEqualTo("The treatment is no longer on the menu");
        assertThat(menu.active().treatmentName(id)).isEqualTo("Anti-cellulite massage");
    }

    @Test
    void a_kiosk_guest_cannot_hold_a_treatment_kept_for_the_desk_while_the_desk_still_can() {
        long id = id("THERAPEUTIC");
        var edit = editor.treatment(id);
        putBack.add(() -> editor.update(id, editor.treatment(id).version(), edit.form()));
        var deskOnly = new TreatmentForm(edit.form().code(), edit.form().category(), edit.form().texts(),
                edit.form().bodyAreas(), false);

        editor.update(id, edit.version(), deskOnly);

        var start = DemoSpaIds.at(DemoSpaIds.freshMonday(), "11:00");
        assertThatThrownBy(() -> bookings.hold(new HoldRequest(id, ids.variant("THERAPEUTIC", 60), List.of(), start,
                null, null, "kiosk-guest", BookingChannel.KIOSK, java.util.Set.of())))
                .isInstanceOfSatisfying(BookingException.class, e ->
                        assertThat(e.reason()).isEqualTo(BookingException.Reason.UNKNOWN_TREATMENT));
        assertThat(bookings.hold(new HoldRequest(id, ids.variant("THERAPEUTIC", 60), List.of(), start,
                null, null, "desk-clerk", BookingChannel.DESK, java.util.Set.of()))).isInstanceOf(HoldOutcome.Held.class);
    }

    @Test
    void a_new_treatment_without_german_words_is_flagged_and_the_kiosk_shows_its_english_there() {
        long id = editor.create(newForm("EVENING_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000)));
        putBack.add(() -> editor.setActive(id, editor.treatment(id).version(), false, BookingsDecision.KEEP));
        editor.addVariant(id, editor.treatment(id).version(), 30, new BigDecimal("29.00"));

        assertThat(editor.treatments()).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> assertThat(r.missingLanguages()).containsExactlyInAnyOrder("de", "ru"));
        MenuTreatment onMenu = menu.activeMenu().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        assertThat(menu.content(Locale.GERMAN).name(onMenu)).isEqualTo("Evening foot ritual");
        assertThat(menu.activeMenu().getLast().id()).isEqualTo(id);
    }

    @Test
    void renaming_a_code_takes_its_translations_along() {
        String code = "RENAME_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000);
        Map<String, TreatmentForm.Texts> words = new HashMap<>(newForm(code).texts());
        words.put("de", new TreatmentForm.Texts("Abendritual für die Füße", "Warme Striche.", "Ein ruhiges Ritual.", ""));
        long id = editor.create(new TreatmentForm(code, TreatmentCategory.RELAXING, words, EnumSet.of(BodyArea.FOOT), true));
        putBack.add(() -> editor.setActive(id, editor.treatment(id).version(), false, BookingsDecision.KEEP));

        var renamed = new TreatmentForm(code + "_2", TreatmentCategory.RELAXING, words, EnumSet.of(BodyArea.FOOT), true);
        editor.update(id, editor.treatment(id).version(), renamed);

        assertThat(editor.treatment(id).form().texts("de").name()).isEqualTo("Abendritual für die Füße");
        assertThat(editor.history(id).getFirst().changes()).contains(new ItemSnapshot.Change("code", code, code + "_2"));
    }

    @Test
    void protocol_steps_are_written_in_order_with_their_words_per_language() {
        String code = "STEPS_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000);
        long id = editor.create(newForm(code));
        putBack.add(() -> editor.setActive(id, editor.treatment(id).version(), false, BookingsDecision.KEEP));
        var steps = List.of(
                new StepForm(BodyArea.TOES, ClientPosition.LYING_ON_BACK, Map.of(
                        "en", new StepForm.Texts("Toes", "Light strokes."),
                        "de", new StepForm.Texts("Zehen", "Leichtes Streichen."))),
                new StepForm(BodyArea.FOOT, ClientPosition.SEATED, Map.of(
                        "en", new StepForm.Texts("Foot", "Glide over the arch."))));

        editor.saveSteps(id, editor.treatment(id).version(), steps);
        editor.saveSteps(id, editor.treatment(id).version(), steps.reversed());

        var saved = editor.treatment(id).steps();
        assertThat(saved).extracting(StepForm::area).containsExactly(BodyArea.FOOT, BodyArea.TOES);
        assertThat(saved.get(1).texts("de").title()).isEqualTo("Zehen");
        assertThat(saved.get(0).texts("de").title()).isEmpty();
        assertThatThrownBy(() -> editor.saveSteps(id, editor.treatment(id).version(), List.of(new StepForm(null,
                ClientPosition.SEATED, Map.of("en", new StepForm.Texts("", "x"))))))
                .isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.concerns("step.1.title.en")).isTrue());
        assertThat(editor.treatment(id).steps()).hasSize(2);
    }

    @Test
    void moving_a_treatment_up_changes_the_kiosk_order() {
        List<String> before = menu.activeMenu().stream().map(MenuTreatment::code).toList();
        String second = before.get(1);
        putBack.add(() -> editor.reorder(before.stream().map(this::id).toList()));

        editor.move(id(second), -1);

        assertThat(menu.activeMenu().getFirst().code()).isEqualTo(second);
    }
}
