package com.spakiosk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void the_last_30_days_include_today_and_compare_with_the_30_days_before() {
        var period = ReportPeriod.lastDays(LocalDate.of(2026, 11, 22), 30);
        assertThat(period).isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 11, 22)));
        assertThat(period.days()).isEqualTo(30);
        assertThat(period.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 23)));
    }

    @Test
    void a_period_ends_on_or_after_its_first_day_and_covers_at_most_366_days() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).days()).isEqualTo(366);
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_period_runs_from_local_midnight_to_the_midnight_after_its_last_day_even_across_a_clock_change() {
        var zone = ZoneId.of("Europe/Berlin");
        var october = new ReportPeriod(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25));
        assertThat(java.time.Duration.between(october.start(zone), october.end(zone)).toHours()).isEqualTo(25);
    }
}
