package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.menu.FieldProblem;
import com.spakiosk.menu.MenuEditException;
import com.spakiosk.menu.MenuService;
import com.spakiosk.staff.RoomEditor;
import com.spakiosk.staff.RoomForm;
import com.spakiosk.staff.StaffService;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A manager's room changes never strand a booking: a block, taking a room out of use or a
 * treatment away from it lists the coming bookings, refuses until each is moved or cancelled,
 * and never races past a booking made meanwhile.
 */
@SpringTest
@WithMockUser(username = "manager.rooms", roles = "MANAGER")
class RoomChangesTest {

    private static final AtomicInteger ROOMS = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    @Autowired RoomChanges changes;
    @Autowired RoomEditor rooms;
    @Autowired StrandedMoves moves;
    @Autowired BookingService bookings;
    @Autowired StaffService staff;
    @Autowired MenuService menu;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeskDayService days;

    LocalDate monday = DemoSpaIds.freshMonday();
    DeskChangesFixture fixture;
    Long testRoom;

    @BeforeEach
    void fixture() {
        fixture = new DeskChangesFixture(bookings, ids, jdbc, monday);
    }

    /** A room of this test's own, so that the demo rooms stay as every other test knows them. */
    long newRoom(Set<Long> treatments) {
        String code = "TEST_ROOM_" + ROOMS.incrementAndGet();
        testRoom = changes.save(new RoomForm(null, 0, code, "Test room " + code, "", "", true, treatments)).getId();
        return testRoom;
    }

    @AfterEach
    void takeTheTestRoomOutOfUse() {
        if (testRoom != null) {
            jdbc.update("update booking set status = 'CANCELLED' where room_id = ? and status in ('CONFIRMED', 'HELD')",
                    testRoom);
            RoomForm stored = rooms.room(testRoom);
            changes.save(new RoomForm(stored.id(), stored.version(), stored.code(), stored.name(), "", "", false,
                    stored.treatmentIds()));
        }
    }

    long confirmedIn(long roomId, String time, String therapist, String treatment) {
        String owner = "room-changes-" + time + therapist + roomId;
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment(treatment).id(),
                ids.variant(treatment, 30), List.of(), at(monday, time), ids.therapist(therapist), roomId, owner,
                BookingChannel.KIOSK, Set.of()));
        return bookings.confirm(held.bookingId(), owner, new Guest("Ida", null, "ida@example.org"), null).bookingId();
    }

    int blocksOf(long room) {
        return jdbc.queryForObject("select count(*) from room_block where room_id = ? and starts_at >= ? and ends_at <= ?",
                Integer.class, room, java.sql.Timestamp.from(at(monday, "00:00")), java.sql.Timestamp.from(at(monday, "23:59")));
    }

    @Test
    void a_block_over_a_booking_lists_it_and_saves_only_after_the_booking_moved_to_another_room() {
        long linden = ids.room("LINDEN");
        long id = fixture.confirmed("10:00", "ANNA", "LINDEN");
        fixture.confirmed("14:00", "ANNA", "LINDEN"); // after the block: not in the way
        assertThat(changes.inTheWayOfBlock(linden, at(monday, "09:00"), at(monday, "12:00")))
                .extracting(TimeBlockService.InTheWay::bookingId).containsExactly(id);
        assertThatThrownBy(() -> changes.block(linden, at(monday, "09:00"), at(monday, "12:00"), "New floor"))
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(BookingException.Reason.BOOKINGS_IN_THE_WAY);
        assertThat(blocksOf(linden)).isZero();

        List<StrandedMoves.Place> places = moves.options(id, linden, at(monday, "09:00"), at(monday, "12:00"));
        assertThat(places).isNotEmpty().allSatisfy(p -> assertThat(p.roomId() != linden
                || !p.start().isBefore(at(monday, "12:00")) || !p.end().isAfter(at(monday, "09:00"))).isTrue());
        StrandedMoves.Place best = places.getFirst();
        assertThat(best.start()).as("another room at the same time comes first").isEqualTo(at(monday, "10:00"));
        assertThat(bookings.move(id, fixture.version(id), best.start(), best.therapistId(), best.roomId())).isEmpty();

        changes.block(linden, at(monday, "09:00"), at(monday, "12:00"), "New floor");
        assertThat(blocksOf(linden)).isOne();
    }

    @Test
    void the_engine_offers_nobody_a_blocked_room_until_the_block_is_removed() {
        long linden = ids.room("LINDEN");
        changes.block(linden, at(monday, "09:00"), at(monday, "12:00"), "Deep clean");
        var request = new HoldRequest(ids.treatment("RELAXING_FOOT").id(), ids.variant("RELAXING_FOOT", 30), List.of(),
                at(monday, "10:00"), ids.therapist("ANNA"), linden, "blocked-room", BookingChannel.KIOSK, Set.of());
        assertThat(bookings.hold(request)).isInstanceOf(HoldOutcome.JustTaken.class);

        long block = jdbc.queryForObject("select id from room_block where room_id = ? and starts_at = ?", Long.class,
                linden, java.sql.Timestamp.from(at(monday, "09:00")));
        changes.unblock(block);
        assertThat(blocksOf(linden)).isZero();
        assertThat(bookings.hold(request)).isInstanceOf(HoldOutcome.Held.class);
    }

    @Test
    void the_desk_day_shows_a_block_in_its_rooms_column_and_the_rooms_in_the_managers_order() {
        long linden = ids.room("LINDEN");
        changes.block(linden, at(monday, "13:00"), at(monday, "15:00"), "Paint");
        DeskDay day = days.day(monday);
        assertThat(day.rooms()).extracting(DeskDay.RoomColumn::id)
                .isEqualTo(staff.activeRooms().stream().map(r -> r.getId()).toList());
        assertThat(day.rooms()).filteredOn(r -> r.id() == linden).singleElement()
                .satisfies(r -> assertThat(r.blocked()).containsExactly(
                        new com.spakiosk.scheduling.Interval(at(monday, "13:00"), at(monday, "15:00"))));
    }

    @Test
    void a_block_needs_a_reason_an_end_after_its_start_and_no_start_in_the_past() {
        long linden = ids.room("LINDEN");
        assertThatThrownBy(() -> changes.block(linden, at(monday, "12:00"), at(monday, "11:00"), "Paint"))
                .isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.concerns("block.until")).isTrue());
        assertThatThrownBy(() -> changes.block(linden, at(monday, "11:00"), at(monday, "12:00"), " "))
                .isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.concerns("block.reason")).isTrue());
        var yesterday = LocalDate.now(DemoSpaIds.ZONE).minusDays(1);
        assertThatThrownBy(() -> changes.block(linden, at(yesterday, "09:00"), at(monday, "12:00"), "Paint"))
                .isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.concerns("block.from")).isTrue());
        assertThat(blocksOf(linden)).isZero();
    }

    @Test
    void taking_a_room_out_of_use_lists_its_coming_bookings_and_saves_once_they_are_moved_or_cancelled() {
        long room = newRoom(Set.of(ids.treatment("RELAXING_FOOT").id()));
        long moved = confirmedIn(room, "10:00", "ANNA", "RELAXING_FOOT");
        long cancelled = confirmedIn(room, "11:00", "ANNA", "RELAXING_FOOT");
        RoomForm stored = rooms.room(room);
        var outOfUse = new RoomForm(room, stored.version(), stored.code(), stored.name(), "", "", false,
                stored.treatmentIds());
        assertThat(changes.strandedBy(outOfUse)).extracting(TimeBlockService.InTheWay::bookingId)
                .containsExactly(moved, cancelled);
        assertThatThrownBy(() -> changes.save(outOfUse)).isInstanceOf(BookingException.class);
        assertThat(rooms.room(room).active()).isTrue();

        StrandedMoves.Place place = moves.options(moved, room, null, null).getFirst();
        assertThat(place.roomId()).isNotEqualTo(room);
        bookings.move(moved, fixture.version(moved), place.start(), place.therapistId(), place.roomId());
        bookings.cancel(cancelled, fixture.version(cancelled), "Room closes; guest rebooks by phone");
        assertThat(changes.strandedBy(outOfUse)).isEmpty();
        changes.save(outOfUse);
        assertThat(rooms.room(room).active()).isFalse();
        assertThat(staff.activeRooms()).noneMatch(r -> r.getId() == room);
    }

    @Test
    void taking_a_treatment_away_from_a_room_lists_only_the_bookings_of_that_treatment() {
        long foot = ids.treatment("RELAXING_FOOT").id();
        long legs = ids.treatment("RELAXING_LEGS").id();
        long room = newRoom(Set.of(foot, legs));
        confirmedIn(room, "10:00", "ANNA", "RELAXING_FOOT");
        long legsBooking = confirmedIn(room, "11:00", "ANNA", "RELAXING_LEGS");
        RoomForm stored = rooms.room(room);
        var footOnly = new RoomForm(room, stored.version(), stored.code(), stored.name(), "", "", true, Set.of(foot));
        assertThat(changes.strandedBy(footOnly)).extracting(TimeBlockService.InTheWay::bookingId)
                .containsExactly(legsBooking);
    }

    @Test
    void a_booking_made_after_the_manager_looked_refuses_the_save_and_nothing_is_written() {
        long room = newRoom(Set.of(ids.treatment("RELAXING_FOOT").id()));
        RoomForm stored = rooms.room(room);
        var outOfUse = new RoomForm(room, stored.version(), stored.code(), stored.name(), "", "", false,
                stored.treatmentIds());
        assertThat(changes.strandedBy(outOfUse)).isEmpty();
        confirmedIn(room, "15:00", "ANNA", "RELAXING_FOOT"); // the kiosk was quicker
        assertThatThrownBy(() -> changes.save(outOfUse))
                .extracting(e -> ((BookingException) e).reason()).isEqualTo(BookingException.Reason.BOOKINGS_IN_THE_WAY);
        assertThat(rooms.room(room).active()).isTrue();
    }

    @Test
    void empty_or_duplicate_names_and_codes_and_an_old_copy_are_refused_at_their_fields() {
        long room = newRoom(Set.of());
        RoomForm stored = rooms.room(room);
        assertThatThrownBy(() -> changes.save(new RoomForm(null, 0, "LINDEN", " ", "", "", true, Set.of())))
                .isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("code", "manage.rooms.problem.codeTaken"),
                                org.assertj.core.groups.Tuple.tuple("name", "manage.problem.required")));
        assertThatThrownBy(() -> changes.save(new RoomForm(room, stored.version(), stored.code(), "Linden room", "", "",
                true, Set.of()))).isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.concerns("name")).isTrue());

        changes.save(new RoomForm(room, stored.version(), stored.code(), stored.name() + " (new)", "", "", true, Set.of()));
        assertThatThrownBy(() -> changes.save(new RoomForm(room, stored.version(), stored.code(), "Stale", "", "", true,
                Set.of()))).isInstanceOfSatisfying(MenuEditException.class, e -> assertThat(e.problems().getFirst()
                .messageKey()).startsWith("manage.problem.staleRoom"));
        assertThat(rooms.room(room).name()).isEqualTo(stored.name() + " (new)");
        assertThat(rooms.history(room)).isNotEmpty();
    }

    @Test
    void the_guest_facing_german_and_russian_names_reach_the_kiosk() {
        long room = newRoom(Set.of());
        RoomForm stored = rooms.room(room);
        changes.save(new RoomForm(room, stored.version(), stored.code(), stored.name(), "Testraum", "Тестовый кабинет",
                true, Set.of()));
        assertThat(menu.content(Locale.GERMAN).room(stored.code(), stored.name())).isEqualTo("Testraum");
        assertThat(menu.content(Locale.of("ru")).room(stored.code(), stored.name())).isEqualTo("Тестовый кабинет");
        assertThat(rooms.room(room).nameDe()).isEqualTo("Testraum");
    }

    @Test
    void the_desk_calendar_shows_the_rooms_in_the_managers_order() {
        List<Long> before = rooms.rooms().stream().map(RoomForm::id).toList();
        try {
            long lounge = ids.room("FOOT_LOUNGE");
            rooms.reorder(List.of(lounge));
            assertThat(staff.activeRooms().getFirst().getId()).isEqualTo(lounge);
            rooms.move(lounge, 1);
            assertThat(staff.activeRooms().get(1).getId()).isEqualTo(lounge);
        } finally {
            rooms.reorder(before);
        }
        assertThat(rooms.rooms().stream().map(RoomForm::id).toList()).isEqualTo(before);
    }

    /** A block and a kiosk hold for the same room and time, started together many times: never both. */
    @Test
    void a_block_and_a_booking_racing_for_the_same_room_never_both_win() throws Exception {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var manager = new UsernamePasswordAuthenticationToken("race.manager", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_MANAGER")));
        long birch = ids.room("BIRCH");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                monday = DemoSpaIds.freshMonday();
                var start = at(monday, "10:00");
                Callable<Boolean> block = () -> {
                    SecurityContextHolder.getContext().setAuthentication(manager);
                    try {
                        changes.block(birch, start, at(monday, "11:00"), "Repair");
                        return true;
                    } catch (BookingException e) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                Callable<Boolean> hold = () -> {
                    try {
                        return bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                                ids.variant("RELAXING_FOOT", 30), List.of(), start, ids.therapist("ANNA"), birch,
                                "room-race-" + start, BookingChannel.KIOSK, Set.of())) instanceof HoldOutcome.Held;
                    } catch (BookingException e) {
                        return false;
                    }
                };
                List<Future<Boolean>> results = pool.invokeAll(List.of(block, hold));
                assertThat(results.get(0).get() && results.get(1).get()).as("round " + round).isFalse();
                assertThat(results.get(0).get() || results.get(1).get()).as("round " + round).isTrue();
            }
        } finally {
            pool.shutdownNow();
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
    }
}
