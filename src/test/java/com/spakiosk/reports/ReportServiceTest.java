package com.spakiosk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.spakiosk.SpringTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every report's figures on a hand-made Monday ({@link ReportFixture}) whose right answers are
 * counted by hand in the test names and assertions. Runs on H2 and, with -Ppostgres, on PostgreSQL.
 */
@SpringTest
@WithMockUser(roles = "MANAGER")
class ReportServiceTest {

    @Autowired ReportService service;
    @Autowired ReportFixture fixture;

    LocalDate monday;
    Reports reports;

    @BeforeEach
    void loadTheMonday() {
        monday = ReportFixture.monday();
        fixture.load(monday);
        reports = service.reports(new ReportPeriod(monday, monday));
    }

    @Test
    void anna_booked_105_of_390_available_minutes_with_60_blocked_and_mira_60_of_450() {
        assertThat(reports.therapists()).filteredOn(u -> u.name().equals("Anna Keller"))
                .extracting(Utilisation::bookedMinutes, Utilisation::availableMinutes, Utilisation::blockedMinutes)
                .containsExactly(tuple(105L, 390L, 60L));
        assertThat(reports.therapists()).filteredOn(u -> u.name().equals("Mira Novak"))
                .extracting(Utilisation::bookedMinutes, Utilisation::availableMinutes, Utilisation::blockedMinutes)
                .containsExactly(tuple(60L, 450L, 0L));
        assertThat(reports.therapists()).filteredOn(u -> u.name().equals("Anna Keller")).first()
                .satisfies(u -> assertThat(u.rate().percent()).isEqualTo(26.9));
    }

    @Test
    void a_room_is_open_while_any_therapist_works_and_linden_was_booked_105_minutes() {
        // Monday: Daniel from 08:00 to Mira's 20:00, with no gap but Daniel's break inside Anna's shift
        assertThat(reports.rooms()).filteredOn(u -> u.name().equals("Linden room"))
                .extracting(Utilisation::bookedMinutes, Utilisation::availableMinutes)
                .containsExactly(tuple(105L, 720L));
    }

    @Test
    void revenue_is_150_from_three_paid_sessions_so_the_average_ticket_is_50() {
        assertThat(reports.kpi(Kpi.Name.REVENUE).current()).isEqualTo(150.0);
        assertThat(reports.kpi(Kpi.Name.AVERAGE_TICKET).current()).isEqualTo(50.0);
        assertThat(reports.revenueByTreatment()).extracting(Revenue::code, Revenue::sessions, Revenue::amount)
                .containsExactly(tuple("LYMPHATIC", 2L, new BigDecimal("110.00")),
                        tuple("RELAXING_FOOT", 1L, new BigDecimal("40.00")));
        assertThat(reports.revenueByCategory()).extracting(Revenue::code, Revenue::amount)
                .containsExactly(tuple("LYMPHATIC_DRAINAGE", new BigDecimal("110.00")),
                        tuple("RELAXING", new BigDecimal("40.00")));
        assertThat(reports.revenueByTherapist()).extracting(Revenue::name, Revenue::amount)
                .containsExactly(tuple("Anna Keller", new BigDecimal("90.00")),
                        tuple("Mira Novak", new BigDecimal("60.00")));
        assertThat(reports.revenueByChannel()).extracting(Revenue::code, Revenue::amount, Revenue::averageTicket)
                .containsExactly(tuple("KIOSK", new BigDecimal("100.00"), new BigDecimal("50.00")),
                        tuple("DESK", new BigDecimal("50.00"), new BigDecimal("50.00")));
    }

    @Test
    void takings_are_40_by_card_50_in_cash_and_60_by_voucher() {
        assertThat(reports.takingsByMethod()).extracting(Revenue::code, Revenue::sessions, Revenue::amount)
                .containsExactlyInAnyOrder(tuple("CARD", 1L, new BigDecimal("40.00")),
                        tuple("CASH", 1L, new BigDecimal("50.00")), tuple("VOUCHER", 1L, new BigDecimal("60.00")));
    }

    @Test
    void of_six_bookings_one_guest_did_not_come_and_two_cancelled_one_of_them_late() {
        assertThat(reports.kpi(Kpi.Name.BOOKINGS).current()).isEqualTo(6);
        assertThat(reports.kpi(Kpi.Name.NO_SHOW_RATE).current()).isEqualTo(16.7);
        assertThat(reports.kpi(Kpi.Name.CANCELLATION_RATE).current()).isEqualTo(33.3);
        assertThat(reports.outcomesByTreatment()).extracting(Outcomes::code, Outcomes::bookings, Outcomes::noShows,
                        Outcomes::cancellations, Outcomes::lateCancellations)
                .containsExactly(tuple("RELAXING_FOOT", 4L, 1L, 2L, 1L), tuple("LYMPHATIC", 2L, 0L, 0L, 0L));
        assertThat(reports.outcomesByTherapist()).extracting(Outcomes::name, Outcomes::bookings, Outcomes::noShows)
                .containsExactly(tuple("Anna Keller", 5L, 1L), tuple("Mira Novak", 1L, 0L));
        assertThat(reports.outcomesByChannel()).extracting(Outcomes::code, Outcomes::bookings, Outcomes::cancellations,
                        Outcomes::lateCancellations)
                .containsExactly(tuple("KIOSK", 4L, 1L, 0L), tuple("DESK", 2L, 1L, 1L));
    }

    @Test
    void one_of_four_booked_sessions_took_an_add_on_hot_stones_with_the_relaxing_foot_massage() {
        assertThat(reports.kpi(Kpi.Name.ADD_ON_ATTACH_RATE).current()).isEqualTo(25.0);
        assertThat(reports.attachByAddOn()).filteredOn(a -> a.code().equals("HOT_STONES"))
                .extracting(AttachRate::bookings, AttachRate::withAddOn).containsExactly(tuple(4L, 1L));
        assertThat(reports.attachByTreatment()).extracting(AttachRate::code, AttachRate::bookings, AttachRate::withAddOn)
                .containsExactlyInAnyOrder(tuple("RELAXING_FOOT", 2L, 1L), tuple("LYMPHATIC", 2L, 0L));
    }

    @Test
    void the_heatmap_has_one_booking_at_each_of_six_monday_hours_one_walk_in_one_same_day_four_in_advance() {
        Demand demand = reports.demand();
        assertThat(demand.total()).isEqualTo(6);
        for (int hour : new int[] {9, 10, 11, 13, 14, 15}) {
            assertThat(demand.at(DayOfWeek.MONDAY, hour)).as("Monday %d:00", hour).isEqualTo(1);
        }
        assertThat(demand.at(DayOfWeek.MONDAY, 12)).isZero();
        assertThat(demand.leadTime(Demand.LeadTime.WALK_IN)).isEqualTo(1);
        assertThat(demand.leadTime(Demand.LeadTime.SAME_DAY)).isEqualTo(1);
        assertThat(demand.leadTime(Demand.LeadTime.IN_ADVANCE)).isEqualTo(4);
    }

    @Test
    void one_of_two_guests_booked_again_after_their_last_visit_a_cancelled_booking_a_visit_within_the_period_or_a_booking_made_after_it_does_not_count() {
        assertThat(reports.rebooking()).isEqualTo(new Rebooking(2, 1));
        assertThat(reports.kpi(Kpi.Name.REBOOKING_RATE).current()).isEqualTo(50.0);
    }

    @Test
    void thrombosis_turned_away_lymphatic_drainage_three_times_at_the_kiosk_and_once_at_the_desk() {
        assertThat(reports.refusals()).extracting(Refusal::questionCode, Refusal::targetCode, Refusal::channel,
                        Refusal::refusals)
                .containsExactly(tuple("THROMBOSIS", "LYMPHATIC", "KIOSK", 3L),
                        tuple("PREGNANCY", "HOT_STONES", "KIOSK", 2L), tuple("THROMBOSIS", "LYMPHATIC", "DESK", 1L));
        assertThat(reports.kpi(Kpi.Name.SCREENED_OUT).current()).isEqualTo(6);
    }

    @Test
    void the_day_before_is_the_comparison_and_holds_nothing() {
        assertThat(reports.previous()).isEqualTo(new ReportPeriod(monday.minusDays(1), monday.minusDays(1)));
        assertThat(reports.kpi(Kpi.Name.BOOKINGS).previous()).isZero();
        assertThat(reports.kpi(Kpi.Name.REVENUE).previous()).isZero();
    }
}
