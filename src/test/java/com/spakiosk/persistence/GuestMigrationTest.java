package com.spakiosk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V7 turns the contact data of existing bookings into guest records: one per phone number, one
 * per e-mail address of bookings without a phone, never merging two phone numbers through a
 * shared e-mail address, and nothing for anonymised bookings. On a fresh in-memory H2, migrated
 * to V6, filled, then migrated on.
 */
class GuestMigrationTest {

    JdbcTemplate jdbc;
    Flyway toV6;
    Flyway latest;

    @BeforeEach
    void migrateToV6() {
        // One connection for all: H2 2.4 binds a check constraint's IN list to the session that
        // created it, so the migration's session must stay open while rows are inserted.
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:guest-migration-" + System.nanoTime(), "sa", "",
                true);
        toV6 = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("6").load();
        latest = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        toV6.migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into treatment (id, code, category, name, summary, description, helps_with, display_order,"
                + " active) values (1, 'T', 'RELAXING', 'T', '', '', '', 1, true)");
        jdbc.update("insert into treatment_variant (id, treatment_id, duration_minutes, price_amount, currency, active)"
                + " values (1, 1, 30, 30, 'EUR', true)");
        jdbc.update("insert into therapist (id, code, display_name, bio, active) values (1, 'A', 'A', '', true)");
        jdbc.update("insert into room (id, code, name, active) values (1, 'R', 'R', true)");
    }

    int hour = 0;

    void booking(String firstName, String phone, String email) {
        hour++;
        jdbc.update("""
                insert into booking (reference_code, status, channel, treatment_id, variant_id, therapist_id, room_id,
                    starts_at, ends_at, blocked_until, guest_first_name, guest_phone, guest_email, price_amount, currency,
                    screening_review_required, created_at, created_by, updated_at, updated_by)
                values (?, 'COMPLETED', 'KIOSK', 1, 1, 1, 1, ?, ?, ?, ?, ?, ?, 30, 'EUR', false, ?, 'kiosk', ?, 'kiosk')""",
                "C" + hour, ts(hour, 0), ts(hour, 30), ts(hour, 40), firstName, phone, email, ts(hour, 0), ts(hour, 0));
    }

    static java.time.OffsetDateTime ts(int hour, int minute) {
        return java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z").plusHours(hour).plusMinutes(minute);
    }

    Map<String, Object> guestOf(String code) {
        return jdbc.queryForMap("select g.id, g.first_name, g.phone, g.email from booking b join guest g"
                + " on g.id = b.guest_id where b.reference_code = ?", code);
    }

    @Test
    void bookings_with_the_same_phone_become_one_guest_with_the_latest_name_and_their_one_email() {
        booking("Ines", "+4915111111111", null);
        booking("Ines M", "+4915111111111", "ines@example.org");
        booking("Ines", null, "INES@example.org");
        latest.migrate();

        assertThat(guestOf("C1")).containsEntry("first_name", "Ines").containsEntry("email", "ines@example.org");
        assertThat(guestOf("C2").get("id")).isEqualTo(guestOf("C1").get("id"));
        assertThat(guestOf("C3").get("id")).isEqualTo(guestOf("C1").get("id"));
        assertThat(jdbc.queryForObject("select count(*) from guest", Integer.class)).isEqualTo(1);
    }

    @Test
    void an_email_shared_by_two_phone_numbers_merges_nobody_and_anonymised_bookings_make_no_guest() {
        booking("Ada", "+4915122222222", "family@example.org");
        booking("Ben", "+4915133333333", "family@example.org");
        booking("Cleo", null, "cleo@example.org");
        booking("-", null, null);
        latest.migrate();

        assertThat(guestOf("C1").get("id")).isNotEqualTo(guestOf("C2").get("id"));
        assertThat(guestOf("C1").get("email")).isNull();
        assertThat(guestOf("C3")).containsEntry("first_name", "Cleo").containsEntry("phone", null);
        assertThat(jdbc.queryForList("select guest_id from booking where reference_code = 'C4'", Long.class))
                .containsExactly((Long) null);
        assertThat(jdbc.queryForObject("select count(*) from guest", Integer.class)).isEqualTo(3);
    }

    @Test
    void the_migration_runs_on_an_empty_database() {
        latest.migrate();
        assertThat(jdbc.queryForList("select id from guest", Long.class)).isEqualTo(List.of());
    }
}
