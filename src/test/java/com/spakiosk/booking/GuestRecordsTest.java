package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Guest records: every confirmed booking (kiosk or desk) finds its guest by phone or e-mail or
 * creates one, never two for one person, even when two confirms race; the desk searches and
 * edits them and sees no-shows and late cancellations. Each test uses fresh contact data, so
 * runs on a reused PostgreSQL never meet.
 */
@SpringTest
@WithMockUser(roles = "FRONT_DESK")
class GuestRecordsTest {

    @Autowired BookingService bookings;
    @Autowired GuestService guests;
    @Autowired DemoSpaIds ids;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    final LocalDate monday = DemoSpaIds.freshMonday();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String freshPhone() {
        return String.format("+49151%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String freshEmail() {
        return "guest" + ThreadLocalRandom.current().nextLong(1L << 40) + "@example.org";
    }

    /** Holds and confirms a 30-minute relaxing session with Anna in the Linden room. */
    Confirmation book(String time, Guest guest, BookingChannel channel) {
        String owner = "guests-" + time + "-" + ThreadLocalRandom.current().nextInt();
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(monday, time), ids.therapist("ANNA"),
                ids.room("LINDEN"), owner, channel, Set.of()));
        return bookings.confirm(held.bookingId(), owner, guest, null);
    }

    Long guestOf(long bookingId) {
        return jdbc.queryForObject("select guest_id from booking where id = ?", Long.class, bookingId);
    }

    int guestsWithPhone(String phone) {
        return jdbc.queryForObject("select count(*) from guest where phone = ?", Integer.class, phone);
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void a_kiosk_visitor_cannot_search_or_read_guest_records() {
        assertThatThrownBy(() -> guests.search("Ines")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> guests.details(1)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void two_bookings_with_the_same_phone_make_one_guest() {
        String phone = freshPhone();
        long first = book("09:00", new Guest("Ines", phone, null), BookingChannel.KIOSK).bookingId();
        long second = book("10:00", new Guest("Ines", phone, null), BookingChannel.DESK).bookingId();
        assertThat(guestOf(first)).isNotNull().isEqualTo(guestOf(second));
        assertThat(guestsWithPhone(phone)).isEqualTo(1);
    }

    @Test
    void a_booking_with_a_known_email_finds_that_guest_and_adds_the_new_phone_to_the_record() {
        String email = freshEmail();
        String phone = freshPhone();
        long first = book("09:00", new Guest("Olga", null, email), BookingChannel.KIOSK).bookingId();
        long second = book("10:00", new Guest("Olga", phone, email), BookingChannel.KIOSK).bookingId();
        assertThat(guestOf(second)).isEqualTo(guestOf(first));
        GuestDetails olga = guests.details(guestOf(first)).orElseThrow();
        assertThat(olga.phone()).isEqualTo(phone);
        assertThat(olga.email()).isEqualTo(email);
        assertThat(olga.upcoming()).hasSize(2);
    }

    @Test
    void a_desk_booking_with_a_last_name_gives_the_new_guest_their_last_name() {
        String phone = freshPhone();
        long booking = book("09:00", new Guest("Mara", "Lindqvist", phone, null), BookingChannel.DESK).bookingId();
        assertThat(guests.details(guestOf(booking)).orElseThrow().fullName()).isEqualTo("Mara Lindqvist");
    }

    @Test
    void two_confirms_for_the_same_new_phone_at_the_same_moment_make_one_guest() throws Exception {
        String phone = freshPhone();
        List<String> times = List.of("09:00", "10:00", "11:00", "13:00", "14:00", "15:00");
        List<String> owners = new ArrayList<>();
        List<Long> holds = new ArrayList<>();
        for (String time : times) {
            String owner = "guests-race-" + time;
            owners.add(owner);
            holds.add(((HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                    ids.variant("RELAXING_FOOT", 30), List.of(), DemoSpaIds.at(monday, time), ids.therapist("ANNA"),
                    ids.room("LINDEN"), owner, BookingChannel.KIOSK, Set.of()))).bookingId());
        }
        var start = new CountDownLatch(1);
        List<Future<Confirmation>> confirms = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(times.size())) {
            for (int i = 0; i < times.size(); i++) {
                long hold = holds.get(i);
                String owner = owners.get(i);
                Callable<Confirmation> confirm = () -> {
                    start.await();
                    return bookings.confirm(hold, owner, new Guest("Ines", phone, null), null);
                };
                confirms.add(pool.submit(confirm));
            }
            start.countDown();
            for (var confirm : confirms) {
                confirm.get();
            }
        }
        assertThat(guestsWithPhone(phone)).isEqualTo(1);
        assertThat(holds.stream().map(this::guestOf).distinct()).hasSize(1).doesNotContainNull();
    }

    @Test
    void the_desk_finds_a_guest_by_name_phone_in_any_format_email_or_booking_code() {
        String phone = freshPhone();
        String email = freshEmail();
        String surname = "Quast" + ThreadLocalRandom.current().nextInt(1_000_000);
        Confirmation booking = book("09:00", new Guest("Wilma", surname, phone, email), BookingChannel.DESK);
        long id = guestOf(booking.bookingId());
        String local = "0" + phone.substring(3, 6) + " " + phone.substring(6);

        assertThat(guests.search(surname.toLowerCase())).extracting(GuestSummary::id).containsExactly(id);
        assertThat(guests.search("wilma " + surname)).extracting(GuestSummary::id).containsExactly(id);
        assertThat(guests.search(local)).extracting(GuestSummary::id).contains(id);
        assertThat(guests.search(phone.substring(phone.length() - 8))).extracting(GuestSummary::id).contains(id);
        assertThat(guests.search(email.toUpperCase())).extracting(GuestSummary::id).containsExactly(id);
        assertThat(guests.search(booking.referenceCode().toLowerCase())).extracting(GuestSummary::id).contains(id);
        assertThat(guests.search("%")).isEmpty();
        assertThat(guests.search("x")).isEmpty();
    }

    @Test
    void no_shows_and_cancellations_after_the_cut_off_are_counted_and_an_early_cancellation_is_not() {
        String phone = freshPhone();
        var early = book("09:00", new Guest("Nina", phone, null), BookingChannel.KIOSK);
        var late = book("11:00", new Guest("Nina", phone, null), BookingChannel.KIOSK);
        var noShow = book("13:00", new Guest("Nina", phone, null), BookingChannel.KIOSK);
        bookings.cancel(early.bookingId(), version(early.bookingId()));
        // An hour before the late one starts: inside the two-hour guest cancel cut-off.
        clock.advance(Duration.between(clock.instant(), late.start().minus(Duration.ofHours(1))));
        bookings.cancel(late.bookingId(), version(late.bookingId()));
        clock.advance(Duration.ofHours(4));
        bookings.changeStatus(noShow.bookingId(), version(noShow.bookingId()), BookingStatus.NO_SHOW);

        GuestDetails nina = guests.details(guestOf(early.bookingId())).orElseThrow();
        assertThat(nina.noShows()).isEqualTo(1);
        assertThat(nina.lateCancels()).isEqualTo(1);
        assertThat(nina.past()).extracting(GuestDetails.Visit::bookingId)
                .containsExactly(noShow.bookingId(), late.bookingId(), early.bookingId());
        assertThat(nina.past()).filteredOn(GuestDetails.Visit::lateCancel).extracting(GuestDetails.Visit::bookingId)
                .containsExactly(late.bookingId());
    }

    long version(long bookingId) {
        return jdbc.queryForObject("select version from booking where id = ?", Long.class, bookingId);
    }

    @Test
    void the_desk_edits_a_guest_with_the_version_it_saw_and_a_stale_version_changes_nothing() {
        String phone = freshPhone();
        long id = guestOf(book("09:00", new Guest("Paul", phone, null), BookingChannel.KIOSK).bookingId());
        GuestDetails before = guests.details(id).orElseThrow();
        String email = freshEmail();

        GuestDetails after = guests.update(id, before.version(), new GuestService.GuestEdit("Paul", "Berger",
                phone, email.toUpperCase(), "Prefers light pressure.\nAsks for Anna."));
        assertThat(after.fullName()).isEqualTo("Paul Berger");
        assertThat(after.email()).isEqualTo(email);
        assertThat(after.notes()).isEqualTo("Prefers light pressure.\nAsks for Anna.");

        assertThatThrownBy(() -> guests.update(id, before.version(), new GuestService.GuestEdit("Pauline", null,
                phone, null, null))).isInstanceOfSatisfying(GuestException.class,
                e -> assertThat(e.reason()).isEqualTo(GuestException.Reason.STALE));
        assertThat(guests.details(id).orElseThrow().firstName()).isEqualTo("Paul");
    }

    @Test
    void a_phone_number_of_another_guest_or_no_way_to_reach_them_is_refused() {
        String taken = freshPhone();
        book("09:00", new Guest("Anna", taken, null), BookingChannel.KIOSK);
        long id = guestOf(book("10:00", new Guest("Bert", freshPhone(), null), BookingChannel.KIOSK).bookingId());
        long version = guests.details(id).orElseThrow().version();

        assertThatThrownBy(() -> guests.update(id, version, new GuestService.GuestEdit("Bert", null, taken, null, null)))
                .isInstanceOfSatisfying(GuestException.class,
                        e -> assertThat(e.reason()).isEqualTo(GuestException.Reason.PHONE_TAKEN));
        assertThatThrownBy(() -> guests.update(id, version, new GuestService.GuestEdit("Bert", null, "", " ", null)))
                .isInstanceOfSatisfying(GuestException.class,
                        e -> assertThat(e.reason()).isEqualTo(GuestException.Reason.CONTACT_REQUIRED));
        assertThatThrownBy(() -> guests.update(id, version, new GuestService.GuestEdit("Bert", null, "12", null, null)))
                .isInstanceOfSatisfying(GuestException.class,
                        e -> assertThat(e.reason()).isEqualTo(GuestException.Reason.INVALID_PHONE));
        assertThat(guests.details(id).orElseThrow().version()).isEqualTo(version);
    }
}
