package com.spakiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demand screening turned away, kept as anonymous daily counts (V12): race-safe, one count
 * per guest and rule, and never anything about the guest.
 */
@SpringTest
class ScreeningRefusalsTest {

    @Autowired ScreeningRefusals refusals;
    @Autowired ScreeningAdvice advice;
    @Autowired DemoSpaIds ids;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void two_hundred_refusals_counted_at_once_by_eight_kiosks_make_one_row_of_two_hundred() throws Exception {
        String question = "RACE_" + UUID.randomUUID().toString().substring(0, 8);
        var refusal = new ScreeningRefusals.Refusal(question, ScreeningRefusals.TargetKind.TREATMENT, "LYMPHATIC");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        try {
            for (int k = 0; k < 8; k++) {
                pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        refusals.count(BookingChannel.KIOSK, List.of(refusal));
                    }
                    return null;
                });
            }
            start.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(jdbc.queryForList("select refusals from screening_refusal_count where question_code = ?",
                Integer.class, question)).containsExactly(200);
    }

    @Test
    void a_guest_who_goes_back_and_continues_with_the_same_answers_is_counted_once() {
        int before = count("THROMBOSIS", "LYMPHATIC", "KIOSK");
        Set<ScreeningRefusals.Refusal> counted = new HashSet<>();
        var said = advice.advise(ids.treatment("LYMPHATIC").id(), List.of(), Set.of("THROMBOSIS"));
        advice.countRefusals(said, BookingChannel.KIOSK, counted);
        advice.countRefusals(said, BookingChannel.KIOSK, counted);
        assertThat(count("THROMBOSIS", "LYMPHATIC", "KIOSK")).isEqualTo(before + 1);
    }

    @Test
    void a_refused_add_on_is_counted_against_the_add_on_and_a_refused_treatment_only_against_the_treatment() {
        var stones = advice.advise(ids.treatment("RELAXING_FOOT").id(), List.of(ids.addOn("HOT_STONES").id()),
                Set.of("PREGNANCY"));
        assertThat(stones.refusals()).containsExactly(new ScreeningRefusals.Refusal("PREGNANCY",
                ScreeningRefusals.TargetKind.ADD_ON, "HOT_STONES"));
        var cellulite = advice.advise(ids.treatment("ANTI_CELLULITE").id(), List.of(ids.addOn("HOT_STONES").id()),
                Set.of("PREGNANCY"));
        assertThat(cellulite.refusals()).containsExactly(new ScreeningRefusals.Refusal("PREGNANCY",
                ScreeningRefusals.TargetKind.TREATMENT, "ANTI_CELLULITE"));
    }

    @Test
    void a_guest_sent_to_the_desk_for_want_of_consent_is_counted_without_question_or_treatment() {
        int before = count("", "", "KIOSK");
        advice.countMissingConsent(BookingChannel.KIOSK);
        assertThat(count("", "", "KIOSK")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from screening_refusal_count where kind = 'NO_CONSENT'"
                + " and (question_code <> '' or target_code <> '')", Integer.class)).isZero();
    }

    private int count(String question, String target, String channel) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        Integer n = jdbc.queryForObject("select coalesce(sum(refusals), 0) from screening_refusal_count"
                        + " where on_day = ? and question_code = ? and target_code = ? and channel = ?", Integer.class,
                java.sql.Date.valueOf(today), question, target, channel);
        return n == null ? 0 : n;
    }
}
