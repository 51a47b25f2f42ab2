package com.spakiosk.reports;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Folds the few grouped rows of one query into several reports (by treatment, by therapist, ...),
 * so that the database is asked once. Pure logic; largest first, then by name.
 */
final class Rollup {

    /** A key of a report row: code and name. */
    record Key(String code, String name) {
    }

    private Rollup() {
    }

    static <T> List<Revenue> revenue(List<T> rows, Function<T, Key> key, Function<T, Long> sessions,
                                     Function<T, BigDecimal> amount) {
        Map<Key, Revenue> sums = new LinkedHashMap<>();
        for (T row : rows) {
            Key k = key.apply(row);
            sums.merge(k, new Revenue(k.code(), k.name(), sessions.apply(row), amount.apply(row)),
                    (a, b) -> a.plus(b.sessions(), b.amount()));
        }
        return sums.values().stream()
                .sorted(Comparator.comparing(Revenue::amount).reversed().thenComparing(Revenue::name)).toList();
    }

    static <T> List<Outcomes> outcomes(List<T> rows, Function<T, Key> key, Function<T, Outcomes> counts) {
        Map<Key, Outcomes> sums = new LinkedHashMap<>();
        for (T row : rows) {
            Key k = key.apply(row);
            Outcomes o = counts.apply(row);
            sums.merge(k, new Outcomes(k.code(), k.name(), o.bookings(), o.noShows(), o.cancellations(),
                    o.lateCancellations()), Outcomes::plus);
        }
        return sums.values().stream()
                .sorted(Comparator.comparingLong(Outcomes::bookings).reversed().thenComparing(Outcomes::name)).toList();
    }

    static Outcomes total(List<Outcomes> rows) {
        return rows.stream().reduce(new Outcomes("", "", 0, 0, 0, 0), Outcomes::plus);
    }

    static Revenue totalRevenue(List<Revenue> rows) {
        return rows.stream().reduce(new Revenue("", "", 0, BigDecimal.ZERO), (a, b) -> a.plus(b.sessions(), b.amount()));
    }
}
