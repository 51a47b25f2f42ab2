package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static com.spakiosk.security.StaffFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import com.spakiosk.scheduling.OpeningHours;
import com.spakiosk.scheduling.Slot;
import com.spakiosk.security.Roles;
import com.spakiosk.settings.AffectedBooking;
import com.spakiosk.settings.SettingsException;
import com.spakiosk.settings.SettingsFixture;
import com.spakiosk.settings.SpaSettings;
import com.spakiosk.settings.SpaSettingsService;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The spa's stored opening hours, closed dates and booking settings: seeded from the
 * environment, validated, and honoured by the engine, the hold and the kiosk's questions.
 */
@SpringTest
class SpaSettingsTest {

    @Autowired SpaSettingsService settings;
    @Autowired SettingsFixture fixture;
    @Autowired AvailabilityService availability;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        fixture.restore();
        clock.reset();
    }

    @Test
    void a_new_spa_starts_with_the_environments_values_stored_in_the_database() {
        assertThat(jdbc.queryForObject("select count(*) from spa_settings", Integer.class)).isEqualTo(1);
        SpaSettings current = settings.current();
        assertThat(current.turnover()).isEqualTo(Duration.ofMinutes(10));
        assertThat(current.walkInLead()).isEqualTo(Duration.ofMinutes(10));
        assertThat(current.guestCancelCutoff()).isEqualTo(Duration.ofHours(2));
        assertThat(current.week()).hasSize(7).allSatisfy((day, hours) ->
                assertThat(hours).isEqualTo(new OpeningHours.Day(LocalTime.of(8, 0), LocalTime.of(20, 0))));
    }

    @Test
    void settings_that_make_no_sense_are_refused() {
        assertThatThrownBy(() -> new OpeningHours.Day(LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .hasMessageContaining("close after it opens");
        SpaSettings current = settings.current();
        assertThatThrownBy(() -> current.edited(current.week(), current.closedDates(), Duration.ofMinutes(61),
                current.walkInLead(), current.guestCancelCutoff())).hasMessageContaining("Turnover");
        assertThatThrownBy(() -> current.edited(current.week(), current.closedDates(), current.turnover(),
                Duration.ofMinutes(-5), current.guestCancelCutoff())).hasMessageContaining("Walk-in lead");
        LocalDate day = LocalDate.of(2030, 12, 24);
        assertThatThrownBy(() -> current.edited(current.week(), List.of(new SpaSettings.ClosedDate(day, null),
                new SpaSettings.ClosedDate(day, "again")), current.turnover(), current.walkInLead(),
                current.guestCancelCutoff())).hasMessageContaining("twice");
    }

    @Test
    void a_closed_date_offers_no_times_and_the_kiosk_knows_the_spa_is_closed() {
        LocalDate monday = DemoSpaIds.freshMonday();
        assertThat(slotsOn(monday)).isNotEmpty();

        fixture.change(s -> withClosed(s, monday));

        assertThat(slotsOn(monday)).isEmpty();
        assertThat(availability.isClosedOn(monday)).isTrue();
        assertThat(slotsOn(monday.plusDays(1))).isNotEmpty();
        assertThatThrownBy(() -> hold(monday, "10:00")).isInstanceOf(BookingException.class);
    }

    @Test
    void shorter_opening_hours_cut_every_therapists_shift() {
        LocalDate monday = DemoSpaIds.freshMonday();
        fixture.change(s -> withMonday(s, LocalTime.of(13, 0), LocalTime.of(17, 30)));

        List<Slot> slots = slotsOn(monday);
        assertThat(slots).isNotEmpty().allSatisfy(slot -> {
            assertThat(slot.start()).isAfterOrEqualTo(at(monday, "13:00"));
            assertThat(slot.end()).isBeforeOrEqualTo(at(monday, "17:30"));
        });
    }

    @Test
    void the_stored_turnover_and_walk_in_lead_apply_to_new_times() {
        LocalDate monday = DemoSpaIds.freshMonday();
        fixture.change(s -> s.edited(s.week(), s.closedDates(), Duration.ofMinutes(25), Duration.ofMinutes(40),
                s.guestCancelCutoff()));

        Slot first = slotsOn(monday).getFirst();
        assertThat(Duration.between(first.end(), first.blockedUntil())).isEqualTo(Duration.ofMinutes(25));
        clock.advance(Duration.between(clock.instant(), at(monday, "08:03")));
        assertThat(availability.earliestWalkInStart()).isEqualTo(at(monday, "08:45"));
    }

    @Test
    void bookings_that_new_hours_leave_outside_are_listed_and_kept_only_when_the_manager_says_so() {
        LocalDate monday = DemoSpaIds.freshMonday();
        long booked = hold(monday, "10:00");
        SpaSettings closedThatDay = withClosed(settings.current(), monday);

        List<AffectedBooking> outside = as("boss", Roles.MANAGER, () -> settings.bookingsOutside(closedThatDay));
        assertThat(outside).extracting(AffectedBooking::bookingId).containsExactly(booked);
        assertThat(outside.getFirst().therapistName()).isEqualTo("Anna Keller");

        assertThatThrownBy(() -> as("boss", Roles.MANAGER, () -> settings.save(closedThatDay, Set.of())))
                .isInstanceOfSatisfying(SettingsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SettingsException.Reason.UNSEEN_BOOKINGS);
                    assertThat(e.bookings()).extracting(AffectedBooking::bookingId).containsExactly(booked);
                });
        assertThat(availability.isClosedOn(monday)).as("nothing saved").isFalse();

        fixture.change(s -> withClosed(s, monday));
        assertThat(availability.isClosedOn(monday)).isTrue();
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, booked))
                .as("a kept booking stays").isEqualTo("CONFIRMED");
    }

    @Test
    void a_save_on_settings_another_manager_changed_meanwhile_is_refused_with_who_did_it() {
        SpaSettings seen = settings.current();
        fixture.change(s -> s.edited(s.week(), s.closedDates(), Duration.ofMinutes(15), s.walkInLead(),
                s.guestCancelCutoff()));

        assertThatThrownBy(() -> as("late-manager", Roles.MANAGER, () -> settings.save(seen.edited(seen.week(),
                seen.closedDates(), Duration.ofMinutes(20), seen.walkInLead(), seen.guestCancelCutoff()), Set.of())))
                .isInstanceOfSatisfying(SettingsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SettingsException.Reason.STALE);
                    assertThat(e.changedBy()).isEqualTo("settings-fixture");
                });
        assertThat(settings.current().turnover()).isEqualTo(Duration.ofMinutes(15));
    }

    private List<Slot> slotsOn(LocalDate day) {
        return availability.findSlots(new SlotSearch(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30),
                List.of(), at(day, "00:00"), at(day.plusDays(1), "00:00"), null, 100));
    }

    /** A confirmed 30-minute booking with Anna. */
    private long hold(LocalDate day, String time) {
        String owner = "settings-test-" + day + time;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), at(day, time), ids.therapist("ANNA"), ids.room("LINDEN"),
                owner, BookingChannel.DESK, Set.of()));
        bookings.confirm(held.bookingId(), owner, new Guest("Mia", "", "+4915100000000", null), null);
        return held.bookingId();
    }

    private static SpaSettings withClosed(SpaSettings s, LocalDate day) {
        var closed = new java.util.ArrayList<>(s.closedDates());
        closed.add(new SpaSettings.ClosedDate(day, "Test holiday"));
        return s.edited(s.week(), closed, s.turnover(), s.walkInLead(), s.guestCancelCutoff());
    }

    private static SpaSettings withMonday(SpaSettings s, LocalTime opens, LocalTime closes) {
        var week = new EnumMap<DayOfWeek, OpeningHours.Day>(s.week());
        week.put(DayOfWeek.MONDAY, new OpeningHours.Day(opens, closes));
        return s.edited(week, s.closedDates(), s.turnover(), s.walkInLead(), s.guestCancelCutoff());
    }
}
