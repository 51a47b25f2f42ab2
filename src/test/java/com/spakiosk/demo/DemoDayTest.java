package com.spakiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's day at the desk. Other tests of the shared context change the demo's data (they
 * move the clock, sweep holds, purge screening flags), so this class runs first ({@link Order},
 * junit-platform.properties) and sees the demo as it was loaded. A second application context
 * would not do: Spring Security's context holder is static, and two contexts in one JVM trip
 * over each other's.
 */
@SpringTest
@Order(1)
class DemoDayTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void sessions_over_when_the_demo_began_are_completed_or_no_shows_and_those_going_on_are_in_progress() {
        assertThat(count("select count(*) from booking where ends_at <= created_at"
                + " and status not in ('COMPLETED', 'NO_SHOW')")).isZero();
        assertThat(count("select count(*) from booking where starts_at <= created_at"
                + " and created_at < ends_at and status <> 'IN_PROGRESS'")).isZero();
        assertThat(count("select count(*) from booking b where status = 'COMPLETED' and not exists"
                + " (select 1 from booking_history h where h.booking_id = b.id and h.action = 'COMPLETED')")).isZero();
    }

    @Test
    void every_completed_demo_session_says_how_it_was_paid_so_the_till_adds_up() {
        assertThat(count("select count(*) from booking where status = 'COMPLETED'"
                + " and (payment_method is null or paid_amount <> price_amount)")).isZero();
    }

    @Test
    void a_coming_booking_waits_for_its_screening_review_and_a_guest_at_the_kiosk_holds_a_time() {
        assertThat(count("select count(*) from booking where screening_review_required"
                + " and screening_cleared_at is null and starts_at > created_at")).isPositive();
        assertThat(count("select count(*) from booking where channel = 'KIOSK' and reference_code is null"
                + " and hold_owner = 'demo-kiosk-guest'")).isEqualTo(1);
    }

    @Test
    void demo_screening_flags_come_from_the_spa_rules_so_none_is_blocked() {
        assertThat(count("select count(*) from booking_screening_flag where verdict = 'BLOCKED'")).isZero();
        assertThat(count("select count(*) from booking_screening_flag")).isPositive();
        assertThat(count("select count(*) from booking_screening_flag where verdict = 'CAUTION'")).isPositive();
        assertThat(count("select count(*) from booking_screening_flag where verdict = 'REVIEW'")).isPositive();
        // Answers that refuse every massage never appear on a booking, not even as a review.
        assertThat(count("select count(*) from booking_screening_flag"
                + " where question_code in ('CANCER_TREATMENT', 'BLOOD_DISORDER')")).isZero();
    }

    private Integer count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
