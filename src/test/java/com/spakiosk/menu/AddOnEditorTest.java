package com.spakiosk.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The manager's add-on editor: what it refuses (and then writes nothing), what bookings keep,
 * units of equipment, options retired, treatments taken away with coming bookings, and the
 * history. Changes to the demo menu are put back afterwards: every Spring test shares one database.
 */
@SpringTest
@WithMockUser(username = "mia.manager", roles = "MANAGER")
class AddOnEditorTest {

    @Autowired AddOnEditor editor;
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
        return menu.findAddOn(code).orElseThrow().getId();
    }

    AddOnEdit edit(String code) {
        return editor.addOn(id(code));
    }

    /** Puts the add-on's own fields back as they are now, after the test. */
    void putFieldsBackLater(String code) {
        AddOnForm before = edit(code).form();
        putBack.add(() -> editor.update(id(code), edit(code).version(), before));
    }

    static AddOnForm withPriceAndMinutes(AddOnForm f, String price, int minutes) {
        return new AddOnForm(f.code(), f.texts(), new BigDecimal(price), minutes, f.placement(), f.equipmentTypeId(),
                f.equipmentUnits(), f.bodyAreas());
    }

    static AddOnForm withUnits(AddOnForm f, int units) {
        return new AddOnForm(f.code(), f.texts(), f.price(), f.extraMinutes(), f.placement(), f.equipmentTypeId(),
                units, f.bodyAreas());
    }

    HoldOutcome hold(String treatment, Instant start, Long therapist, HoldRequest.AddOnChoice... addOns) {
        return bookings.hold(new HoldRequest(ids.treatment(treatment).id(), ids.variant(treatment, 30), List.of(addOns),
                start, therapist, null, "addon-editor-" + UUID.randomUUID(), BookingChannel.DESK, Set.of()));
    }

    long confirmed(String treatment, Instant start, HoldRequest.AddOnChoice... addOns) {
        String owner = "addon-editor-" + UUID.randomUUID();
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment(treatment).id(),
                ids.variant(treatment, 30), List.of(addOns), start, null, null, owner, BookingChannel.KIOSK, Set.of()));
        return bookings.confirm(held.bookingId(), owner, new Guest("Olga", null, "olga@example.org"), null).bookingId();
    }

    HoldRequest.AddOnChoice with(String addOn) {
        return new HoldRequest.AddOnChoice(id(addOn), null);
    }

    Map<String, Object> bookedAddOn(long booking) {
        return jdbc.queryForMap("select option_code, price_amount, extra_minutes from booking_add_on where booking_id = ?",
                booking);
    }

    String status(long booking) {
        return jdbc.queryForObject("select status from booking where id = ?", String.class, booking);
    }

    @Test
    void a_broken_add_on_is_refused_at_every_field_and_nothing_is_written() {
        long count = jdbc.queryForObject("select count(*) from add_on", Long.class);
        long version = resourceVersion.current();
        long heater = edit("HOT_STONES").form().equipmentTypeId();
        var form = new AddOnForm("HOT_STONES", Map.of("en", new AddOnForm.Texts(" ", "Warm stones.")),
                BigDecimal.ZERO, 7, null, heater, 3, Set.of());

        assertThatThrownBy(() -> editor.create(form)).isInstanceOfSatisfying(MenuEditException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                        tuple("code", "manage.addOns.problem.codeTaken"),
                        tuple("name.en", "manage.problem.required"),
                        tuple("price", "manage.problem.pricePositive"),
                        tuple("extraMinutes", "manage.addOns.problem.minutesGrid"),
                        tuple("placement", "manage.problem.required"),
                        tuple("equipmentUnits", "manage.addOns.problem.unitsMore")));
        assertThat(jdbc.queryForObject("select count(*) from add_on", Long.class)).isEqualTo(count);
        assertThat(resourceVersion.current()).isEqualTo(version);
    }

    @Test
    void a_new_price_and_minutes_reach_the_kiosk_and_a_booking_keeps_the_add_on_as_it_was_booked() {
        long booking = confirmed("RELAXING_FOOT", DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"), with("HOT_STONES"));
        var bookedBefore = bookedAddOn(booking);
        var rowBefore = jdbc.queryForMap("select price_amount, ends_at from booking where id = ?", booking);
        long version = resourceVersion.current();
        putFieldsBackLater("HOT_STONES");

        editor.update(id("HOT_STONES"), edit("HOT_STONES").version(),
                withPriceAndMinutes(edit("HOT_STONES").form(), "18.50", 30));

        assertThat(resourceVersion.current()).isGreaterThan(version);
        assertThat(ids.addOn("HOT_STONES").price().amount()).isEqualByComparingTo("18.50");
        assertThat(ids.addOn("HOT_STONES").extraMinutes()).isEqualTo(30);
        assertThat(bookedAddOn(booking)).isEqualTo(bookedBefore);
        assertThat((BigDecimal) bookedBefore.get("price_amount")).isEqualByComparingTo("15.00");
        assertThat(jdbc.queryForMap("select price_amount, ends_at from booking where id = ?", booking)).isEqualTo(rowBefore);
        // Other tests may have recorded changes at a later (test clock) time: look for this one.
        assertThat(editor.history(id("HOT_STONES"))).anySatisfy(change -> {
            assertThat(change.getChangedBy()).isEqualTo("mia.manager");
            assertThat(change.changes()).containsExactlyInAnyOrder(new ItemSnapshot.Change("price", "15.00", "18.50"),
                    new ItemSnapshot.Change("extraMinutes", "15", "30"));
        });
    }

    @Test
    void stones_that_take_both_heaters_leave_none_for_a_second_guest_at_the_same_time() {
        putFieldsBackLater("HOT_STONES");
        editor.update(id("HOT_STONES"), edit("HOT_STONES").version(), withUnits(edit("HOT_STONES").form(), 2));
        Instant start = DemoSpaIds.at(DemoSpaIds.freshMonday(), "11:00");

        var first = (HoldOutcome.Held) hold("RELAXING_FOOT", start, ids.therapist("ANNA"), with("HOT_STONES"));

        assertThat(jdbc.queryForObject("select count(*) from booking_equipment where booking_id = ?", Long.class,
                first.bookingId())).isEqualTo(2);
        assertThat(hold("RELAXING_FOOT", start, ids.therapist("LENA"), with("HOT_STONES")))
                .isInstanceOf(HoldOutcome.JustTaken.class);
        assertThat(hold("RELAXING_FOOT", start, ids.therapist("LENA"))).isInstanceOf(HoldOutcome.Held.class);
    }

    @Test
    void an_add_on_that_needs_more_units_than_the_spa_owns_is_refused_and_keeps_its_units() {
        var before = edit("HOT_STONES");

        assertThatThrownBy(() -> editor.update(before.id(), before.version(), withUnits(before.form(), 3)))
                .isInstanceOfSatisfying(MenuEditException.class, e -> {
                    assertThat(e.concerns("equipmentUnits")).isTrue();
                    assertThat(e.problems().getFirst().args()).containsExactly(3, 2, "Stone heater");
                });
        assertThat(edit("HOT_STONES")).isEqualTo(before);
    }

    @Test
    void a_retired_oil_is_no_longer_offered_while_the_booking_that_chose_it_keeps_it() {
        long aroma = id("AROMATHERAPY");
        long booking = confirmed("RELAXING_FOOT", DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"),
                new HoldRequest.AddOnChoice(aroma, "BERGAMOT"));
        putBack.add(() -> editor.setOptionActive(aroma, editor.addOn(aroma).version(), "BERGAMOT", true));

        editor.setOptionActive(aroma, editor.addOn(aroma).version(), "BERGAMOT", false);

        assertThat(ids.addOn("AROMATHERAPY").hasOption("BERGAMOT")).isFalse();
        assertThat(editor.addOn(aroma).options()).anyMatch(o -> o.form().code().equals("BERGAMOT") && !o.active());
        assertThat(bookedAddOn(booking).get("option_code")).isEqualTo("BERGAMOT");
        MenuAddOn asBooked = menu.active().everyAddOn().get(aroma);
        assertThat(menu.content(java.util.Locale.ENGLISH).option(asBooked, "BERGAMOT")).isEqualTo("Bergamot: bright and uplifting");
        assertThat(status(booking)).isEqualTo("CONFIRMED");
        assertThatThrownBy(() -> hold("RELAXING_FOOT", DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"), null,
                new HoldRequest.AddOnChoice(aroma, "BERGAMOT"))).isInstanceOfSatisfying(BookingException.class,
                e -> assertThat(e.reason()).isEqualTo(BookingException.Reason.ADD_ON_NOT_ALLOWED));
        assertThat(editor.history(aroma)).anySatisfy(change -> assertThat(change.changes())
                .containsExactly(new ItemSnapshot.Change("option.BERGAMOT.active", "true", "false")));
    }

    @Test
    void a_new_oil_gets_its_words_per_language_and_a_code_the_add_on_already_has_is_refused() {
        long aroma = id("AROMATHERAPY");
        String code = "ROSE_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000);
        putBack.add(() -> editor.setOptionActive(aroma, editor.addOn(aroma).version(), code, false));

        editor.addOption(aroma, editor.addOn(aroma).version(), new OptionForm(code,
                Map.of("en", "Rose: gentle", "de", "Rose: sanft")));

        MenuAddOn onMenu = ids.addOn("AROMATHERAPY");
        assertThat(onMenu.hasOption(code)).isTrue();
        assertThat(menu.content(java.util.Locale.GERMAN).option(onMenu, code)).isEqualTo("Rose: sanft");
        assertThat(menu.content(java.util.Locale.of("ru")).option(onMenu, code)).isEqualTo("Rose: gentle");
        assertThatThrownBy(() -> editor.addOption(aroma, editor.addOn(aroma).version(),
                new OptionForm("LAVENDER", Map.of("en", "Lavender again"))))
                .isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("option.code", "manage.addOns.problem.optionTaken")));
        assertThat(editor.addOns()).filteredOn(r -> r.id() == aroma).singleElement()
                .satisfies(r -> assertThat(r.missingLanguages()).containsExactly("ru"));
    }

    @Test
    void taking_a_treatment_away_from_an_add_on_lists_its_coming_bookings_and_can_cancel_them() {
        long compress = id("HERBAL_COMPRESS");
        long preventive = ids.treatment("PREVENTIVE").id();
        long booking = confirmed("PREVENTIVE", DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"), with("HERBAL_COMPRESS"));
        Set<Long> before = editor.addOn(compress).allowedTreatmentIds();
        putBack.add(() -> editor.allowOnlyWith(compress, editor.addOn(compress).version(), before, BookingsDecision.KEEP));
        Set<Long> without = new HashSet<>(before);
        without.remove(preventive);

        assertThat(editor.affectedByAllowingOnly(compress, without)).extracting(FutureBookings.Affected::bookingId)
                .contains(booking);
        assertThat(editor.affectedByAllowingOnly(compress, before)).isEmpty();
        editor.allowOnlyWith(compress, editor.addOn(compress).version(), without, BookingsDecision.CANCEL);

        assertThat(ids.addOn("HERBAL_COMPRESS").goesWith(preventive)).isFalse();
        assertThat(status(booking)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select status_reason from booking where id = ?", String.class, booking))
                .isEqualTo("The add-on no longer goes with this treatment");
    }

    @Test
    void taking_an_add_on_off_the_menu_keeps_its_coming_bookings_when_the_manager_says_so() {
        long soak = id("FOOT_SOAK");
        long booking = confirmed("RELAXING_FOOT", DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"), with("FOOT_SOAK"));
        var bookedBefore = bookedAddOn(booking);
        putBack.add(() -> editor.setActive(soak, editor.addOn(soak).version(), true, BookingsDecision.KEEP));
        assertThat(editor.affectedByDeactivating(soak)).extracting(FutureBookings.Affected::bookingId).contains(booking);

        editor.setActive(soak, editor.addOn(soak).version(), false, BookingsDecision.KEEP);

        assertThat(menu.activeAddOns()).noneMatch(a -> a.code().equals("FOOT_SOAK"));
        assertThat(status(booking)).isEqualTo("CONFIRMED");
        assertThat(bookedAddOn(booking)).isEqualTo(bookedBefore);
        assertThat(menu.active().everyAddOn().get(soak).name()).isEqualTo("Warm foot soak");
        assertThatThrownBy(() -> hold("RELAXING_FOOT", DemoSpaIds.at(DemoSpaIds.freshMonday(), "10:00"), null,
                new HoldRequest.AddOnChoice(soak, null))).isInstanceOfSatisfying(BookingException.class,
                e -> assertThat(e.reason()).isEqualTo(BookingException.Reason.ADD_ON_NOT_ALLOWED));
    }

    @Test
    void a_change_made_on_an_old_copy_is_refused_naming_who_changed_the_add_on_first() {
        var copy = edit("HERBAL_COMPRESS");
        putFieldsBackLater("HERBAL_COMPRESS");
        editor.update(copy.id(), copy.version(), withPriceAndMinutes(copy.form(), "13.00", 10));

        assertThatThrownBy(() -> editor.update(copy.id(), copy.version(), withPriceAndMinutes(copy.form(), "14.00", 10)))
                .isInstanceOfSatisfying(MenuEditException.class, e -> {
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("manage.problem.staleAddOn");
                    assertThat(e.problems().getFirst().args().getFirst()).isEqualTo("mia.manager");
                });
        assertThat(edit("HERBAL_COMPRESS").form().price()).isEqualByComparingTo("13.00");
    }

    @Test
    void a_new_add_on_waits_for_a_treatment_and_its_code_renamed_takes_its_words_along() {
        String code = "PEEL_" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000);
        long id = editor.create(new AddOnForm(code, Map.of(
                "en", new AddOnForm.Texts("Sugar scrub", "A gentle scrub for the soles."),
                "de", new AddOnForm.Texts("Zuckerpeeling", "Ein sanftes Peeling für die Fußsohlen.")),
                new BigDecimal("7.00"), 15, AddOnPlacement.BEFORE_MASSAGE, null, null, Set.of(BodyArea.FOOT)));
        putBack.add(() -> editor.setActive(id, editor.addOn(id).version(), false, BookingsDecision.KEEP));

        assertThat(menu.activeAddOns()).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> assertThat(a.allowedTreatmentIds()).isEmpty());
        editor.allowOnlyWith(id, editor.addOn(id).version(), Set.of(ids.treatment("RELAXING_FOOT").id()),
                BookingsDecision.KEEP);
        var form = editor.addOn(id).form();
        editor.update(id, editor.addOn(id).version(), new AddOnForm(code + "_2", form.texts(), form.price(),
                form.extraMinutes(), form.placement(), null, null, form.bodyAreas()));

        assertThat(ids.addOn(code + "_2").goesWith(ids.treatment("RELAXING_FOOT").id())).isTrue();
        assertThat(editor.addOn(id).form().texts("de").name()).isEqualTo("Zuckerpeeling");
        assertThat(editor.history(id)).hasSize(3);
        assertThat(editor.history(id).getFirst().changes()).contains(new ItemSnapshot.Change("code", code, code + "_2"));
        assertThat(editor.addOns().getLast().id()).isEqualTo(id);
    }
}
