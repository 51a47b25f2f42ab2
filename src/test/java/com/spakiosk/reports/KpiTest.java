package com.spakiosk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KpiTest {

    @Test
    void a_share_of_nothing_is_undefined_not_zero_percent() {
        assertThat(new Ratio(0, 0).isDefined()).isFalse();
        assertThat(new Ratio(1, 6).percent()).isEqualTo(16.7);
        assertThat(new Ratio(105, 390).percent()).isEqualTo(26.9);
    }

    @Test
    void a_rate_changes_by_percentage_points_and_a_count_by_percent_of_the_earlier_value() {
        var rate = new Kpi(Kpi.Name.NO_SHOW_RATE, Kpi.Unit.PERCENT, 8.0, 9.5);
        assertThat(rate.change()).isEqualTo(-1.5);
        assertThat(rate.relativeChange()).isNull();
        var revenue = new Kpi(Kpi.Name.REVENUE, Kpi.Unit.MONEY, 1150, 1000);
        assertThat(revenue.relativeChange()).isEqualTo(15.0);
        assertThat(new Kpi(Kpi.Name.BOOKINGS, Kpi.Unit.COUNT, 5, 0).relativeChange()).isNull();
    }

    @Test
    void fewer_no_shows_is_better_more_revenue_is_better_and_screened_out_demand_is_neither() {
        assertThat(new Kpi(Kpi.Name.NO_SHOW_RATE, Kpi.Unit.PERCENT, 8, 9.5).improved()).isTrue();
        assertThat(new Kpi(Kpi.Name.REVENUE, Kpi.Unit.MONEY, 900, 1000).improved()).isFalse();
        assertThat(new Kpi(Kpi.Name.SCREENED_OUT, Kpi.Unit.COUNT, 4, 9).improved()).isNull();
        assertThat(new Kpi(Kpi.Name.BOOKINGS, Kpi.Unit.COUNT, 4, 4).improved()).isNull();
    }
}
