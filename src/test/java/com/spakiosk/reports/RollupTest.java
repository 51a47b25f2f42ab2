package com.spakiosk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupTest {

    record Row(String treatment, String therapist, long sessions, String amount) {
    }

    final List<Row> rows = List.of(new Row("Lymphatic", "Anna", 1, "50.00"), new Row("Lymphatic", "Mira", 1, "60.00"),
            new Row("Relaxing", "Anna", 1, "40.00"));

    @Test
    void one_query_folds_into_revenue_by_treatment_and_by_therapist_largest_first() {
        assertThat(Rollup.revenue(rows, r -> new Rollup.Key(r.treatment(), r.treatment()), Row::sessions,
                r -> new BigDecimal(r.amount())))
                .extracting(Revenue::name, Revenue::sessions, Revenue::amount, Revenue::averageTicket)
                .containsExactly(tuple("Lymphatic", 2L, new BigDecimal("110.00"), new BigDecimal("55.00")),
                        tuple("Relaxing", 1L, new BigDecimal("40.00"), new BigDecimal("40.00")));
        assertThat(Rollup.revenue(rows, r -> new Rollup.Key(r.therapist(), r.therapist()), Row::sessions,
                r -> new BigDecimal(r.amount()))).extracting(Revenue::name).containsExactly("Anna", "Mira");
    }

    @Test
    void outcomes_add_up_and_give_rates_of_all_bookings() {
        var total = Rollup.total(List.of(new Outcomes("A", "A", 4, 1, 2, 1), new Outcomes("B", "B", 2, 0, 0, 0)));
        assertThat(total.bookings()).isEqualTo(6);
        assertThat(total.noShowRate().percent()).isEqualTo(16.7);
        assertThat(total.cancellationRate().percent()).isEqualTo(33.3);
        assertThat(total.lateCancellationRate().percent()).isEqualTo(16.7);
    }

    @Test
    void no_paid_session_has_an_average_ticket_of_zero() {
        assertThat(new Revenue("", "", 0, BigDecimal.ZERO).averageTicket()).isEqualByComparingTo("0");
    }
}
