package com.spakiosk.reports;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spakiosk.SpringTest;
import com.spakiosk.booking.AvailabilityService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** The reports and the hours behind them are the manager's: the service says so, not only the view. */
@SpringTest
class ReportAccessTest {

    @Autowired ReportService reports;
    @Autowired AvailabilityService availability;

    final ReportPeriod period = ReportPeriod.lastDays(LocalDate.of(2026, 11, 22), 30);

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void the_front_desk_cannot_read_the_reports_or_the_therapists_hours() {
        assertThatThrownBy(() -> reports.reports(period)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.workingHours(period.from(), period.to()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_anonymous_caller_cannot_read_the_reports() {
        assertThatThrownBy(() -> reports.reports(period))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
