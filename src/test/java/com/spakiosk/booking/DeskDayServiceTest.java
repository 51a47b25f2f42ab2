package com.spakiosk.booking;

import static com.spakiosk.booking.DemoSpaIds.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The desk's day: who works, every booking and live hold as a block, in five queries. */
@SpringTest
class DeskDayServiceTest {

    @Autowired DeskDayService days;
    @Autowired BookingService bookings;
    @Autowired DemoSpaIds ids;
    @Autowired EntityManagerFactory emf;

    final LocalDate monday = DemoSpaIds.freshMonday();

    long book(String time, String therapist, String owner, boolean confirm, Set<String> yes) {
        var held = (HoldOutcome.Held) bookings.hold(new HoldRequest(ids.treatment("RELAXING_FOOT").id(),
                ids.variant("RELAXING_FOOT", 30), List.of(), at(monday, time), ids.therapist(therapist), null, owner,
                BookingChannel.KIOSK, yes));
        if (confirm) {
            bookings.confirm(held.bookingId(), owner, new Guest("Vera", null, "vera@example.org"),
                    yes.isEmpty() ? null : new ScreeningConsent(yes, java.time.Instant.now()));
        }
        return held.bookingId();
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void the_day_shows_who_works_and_every_booking_and_live_hold_as_a_block() {
        long booked = book("10:00", "ANNA", "desk-day-1", true, Set.of("BLOOD_THINNERS"));
        long held = book("11:00", "LENA", "desk-day-2", false, Set.of());
        DeskDay day = days.day(monday);
        assertThat(day.therapists()).extracting(DeskDay.TherapistColumn::name)
                .contains("Anna Keller", "Lena Fischer", "Mira Novak", "Daniel Hoffmann").doesNotContain("Jonas Weber");
        assertThat(day.opens()).isEqualTo(at(monday, "08:00"));
        assertThat(day.closes()).isEqualTo(at(monday, "20:00"));
        var block = day.blocks().stream().filter(b -> b.bookingId() == booked).findFirst().orElseThrow();
        assertThat(block.guestFirstName()).isEqualTo("Vera");
        assertThat(block.minutes()).isEqualTo(30);
        assertThat(block.reviewNeeded()).isTrue();
        var hold = day.blocks().stream().filter(b -> b.bookingId() == held).findFirst().orElseThrow();
        assertThat(hold.isHold()).isTrue();
        assertThat(hold.holdExpiresAt()).isNotNull();
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void a_day_costs_at_most_five_queries_however_many_bookings_it_holds() {
        for (int i = 0; i < 6; i++) {
            book(String.format("%02d:00", 9 + i), "ANNA", "desk-count-" + i, true, Set.of());
        }
        days.day(monday); // warms the cached catalog
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        DeskDay day = days.day(monday);
        assertThat(day.blocks()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(statistics.getPrepareStatementCount()).isBetween(1L, 5L);
    }

    @Test
    void only_staff_may_read_the_day() {
        assertThatThrownBy(() -> days.day(monday)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
