package com.spakiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.reports.Kpi;
import com.spakiosk.reports.ReportPeriod;
import com.spakiosk.reports.ReportService;
import com.spakiosk.reports.Reports;
import com.spakiosk.reports.Revenue;
import com.spakiosk.reports.Utilisation;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The demo's last weeks give every report something real to show, and nothing a real spa could not have. */
@SpringTest
@WithMockUser(roles = "MANAGER")
class DemoHistoryTest {

    @Autowired ReportService service;

    Reports lastMonth() {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1);
        return service.reports(ReportPeriod.lastDays(yesterday, 30));
    }

    @Test
    void the_last_month_has_kept_missed_and_cancelled_sessions_paid_three_ways_from_kiosk_and_desk() {
        Reports month = lastMonth();
        assertThat(month.kpi(Kpi.Name.BOOKINGS).current()).isGreaterThan(300);
        assertThat(month.kpi(Kpi.Name.NO_SHOW_RATE).current()).isBetween(2.0, 20.0);
        assertThat(month.kpi(Kpi.Name.CANCELLATION_RATE).current()).isBetween(3.0, 25.0);
        assertThat(month.takingsByMethod()).allSatisfy(r -> assertThat(r.sessions()).isPositive());
        assertThat(month.revenueByChannel()).extracting(Revenue::code).contains("KIOSK", "DESK");
        assertThat(month.outcomesByChannel()).anySatisfy(o -> assertThat(o.lateCancellations()).isPositive());
        assertThat(month.kpi(Kpi.Name.ADD_ON_ATTACH_RATE).current()).isPositive();
    }

    @Test
    void no_therapist_is_booked_for_more_than_their_hours() {
        var therapists = lastMonth().therapists();
        assertThat(therapists).allSatisfy(u -> assertThat(u.bookedMinutes()).isLessThanOrEqualTo(u.availableMinutes()));
        // Other tests of the shared context add therapists of their own; the demo's six all worked.
        assertThat(therapists).filteredOn(u -> u.bookedMinutes() > 0).extracting(Utilisation::name)
                .contains("Anna Keller", "Jonas Weber", "Mira Novak", "Lena Fischer", "Daniel Hoffmann", "Sofia Romano");
    }

    @Test
    void regular_guests_come_back_and_screening_turned_some_away() {
        Reports month = lastMonth();
        assertThat(month.rebooking().rebooked()).isPositive();
        assertThat(month.refusals()).isNotEmpty();
        assertThat(month.demand().total()).isPositive();
    }

    @Test
    void utilisation_is_below_one_hundred_percent_for_every_room() {
        assertThat(lastMonth().rooms()).extracting(Utilisation::rate)
                .allSatisfy(r -> assertThat(r.value()).isLessThanOrEqualTo(1.0));
    }
}
