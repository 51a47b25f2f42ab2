package com.spakiosk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V14 splits the body area HIP into HIP_JOINT and HIPS: anti-cellulite meant the hips as a body
 * shape, the classical session the joint, and a screening rule on HIP keeps covering both. On a
 * fresh in-memory H2, migrated to V13, filled, then migrated on.
 */
class HipMigrationTest {

    JdbcTemplate jdbc;
    Flyway latest;

    @BeforeEach
    void migrateToV13() {
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:hip-migration-" + System.nanoTime(), "sa", "",
                true);
        // Up to the last migration before V14, whichever number it has.
        String before = Arrays.stream(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                        .info().all()).map(m -> m.getVersion()).filter(v -> v.isNewerThan("0") && !v.isAtLeast("14"))
                .max(Comparator.naturalOrder()).orElseThrow().getVersion();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(before).load().migrate();
        latest = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        jdbc = new JdbcTemplate(dataSource);
        treatment(1, "CELLULITE", "ANTI_CELLULITE");
        treatment(2, "CLASSIC", "CLASSICAL_THERAPEUTIC");
        jdbc.update("insert into protocol_step (treatment_id, step_order, body_area, client_position, title, instruction)"
                + " values (1, 1, 'HIP', 'LYING_ON_STOMACH', 'Hips', ''), (2, 1, 'HIP', 'LYING_ON_BACK', 'Hip joint', '')");
        jdbc.update("insert into screening_question (id, code, question, help_text, display_order, active)"
                + " values (1, 'LEG_SKIN', 'Skin?', '', 1, true)");
        jdbc.update("insert into contraindication_rule (question_id, scope, body_area, verdict, reason)"
                + " values (1, 'BODY_AREA', 'HIP', 'BLOCKED', 'Skin.')");
    }

    void treatment(long id, String code, String category) {
        jdbc.update("insert into treatment (id, code, category, name, summary, description, helps_with, display_order,"
                + " active) values (?, ?, ?, ?, '', '', '', 1, true)", id, code, category, code);
        jdbc.update("insert into treatment_body_area (treatment_id, body_area) values (?, 'HIP'), (?, 'THIGH')", id, id);
    }

    List<String> areas(long treatmentId) {
        return jdbc.queryForList("select body_area from treatment_body_area where treatment_id = ? order by body_area",
                String.class, treatmentId);
    }

    @Test
    void anti_cellulite_means_the_hips_and_a_classical_session_the_hip_joint() {
        latest.migrate();
        assertThat(areas(1)).containsExactly("HIPS", "THIGH");
        assertThat(areas(2)).containsExactly("HIP_JOINT", "THIGH");
        assertThat(jdbc.queryForList("select body_area from protocol_step order by treatment_id", String.class))
                .containsExactly("HIPS", "HIP_JOINT");
    }

    @Test
    void a_database_that_ran_a_later_migration_first_still_takes_v14() throws Exception {
        latest.migrate();
        jdbc.update("update treatment_body_area set body_area = 'HIP' where treatment_id = 2 and body_area = 'HIP_JOINT'");
        jdbc.update("delete from \"flyway_schema_history\" where \"version\" = '14'");
        var properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("spring.flyway.out-of-order")).isEqualTo("true");
        Flyway.configure().dataSource(new SingleConnectionDataSource(jdbc.getDataSource().getConnection(), true))
                .locations("classpath:db/migration").outOfOrder(true).load().migrate();
        assertThat(areas(2)).containsExactly("HIP_JOINT", "THIGH");
    }

    @Test
    void a_screening_rule_on_the_old_word_covers_both_the_joint_and_the_hips() {
        latest.migrate();
        assertThat(jdbc.queryForList("select body_area from contraindication_rule order by body_area", String.class))
                .containsExactly("HIPS", "HIP_JOINT");
        assertThat(jdbc.queryForObject("select count(*) from contraindication_rule where body_area = 'HIP'"
                + " or verdict <> 'BLOCKED'", Integer.class)).isZero();
    }
}
