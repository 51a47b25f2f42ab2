package com.spakiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V18 and V18.1 on a spa that already has therapists: every add-on stays theirs, their plan repeats
 * every week, and the shift key now allows one Monday per rotation week (V1's unnamed key is gone).
 * On a fresh in-memory H2, migrated to V17, filled, then migrated on.
 */
class ShiftRotationMigrationTest {

    @Test
    void existing_therapists_keep_their_add_ons_and_weekly_shifts_and_may_get_a_second_monday() {
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:rotation-" + System.nanoTime(), "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("17").load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into therapist (id, code, display_name, bio, active) values (1, 'ANNA', 'Anna', '', true)");
        jdbc.update("insert into add_on (id, code, name, description, price_amount, currency, extra_minutes, placement,"
                + " display_order, active) values (1, 'STONES', 'Hot stones', '', 10, 'EUR', 10, 'DURING', 1, true)");
        jdbc.update("insert into weekly_shift (therapist_id, day_of_week, starts_at, ends_at)"
                + " values (1, 'MONDAY', '09:00', '17:00')");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new WeeklyShiftKeyMigration()).load().migrate();

        assertThat(jdbc.queryForList("select add_on_id from therapist_add_on where therapist_id = 1", Long.class))
                .containsExactly(1L);
        assertThat(jdbc.queryForObject("select rotation_weeks from therapist where id = 1", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select rotation_week from weekly_shift", Integer.class)).isOne();
        jdbc.update("insert into weekly_shift (therapist_id, rotation_week, day_of_week, starts_at, ends_at)"
                + " values (1, 2, 'MONDAY', '12:00', '20:00')");
        assertThatThrownBy(() -> jdbc.update("insert into weekly_shift (therapist_id, rotation_week, day_of_week,"
                + " starts_at, ends_at) values (1, 2, 'MONDAY', '08:00', '10:00')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update therapist set rotation_weeks = 5 where id = 1"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
