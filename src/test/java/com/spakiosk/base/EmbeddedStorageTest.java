package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded database's storage problems, each in one sentence naming the folder and what to do;
 * a read-only database refuses the start and turns readiness DOWN. (File permissions as a non-root
 * user: EmbeddedStorageFailureIT; here H2's own read-only mode stands in for them.)
 */
class EmbeddedStorageTest {

    @TempDir
    Path dir;

    private FailureAnalysis analyze(Throwable failure) {
        String url = "jdbc:h2:file:" + dir.resolve("data/spa-kiosk") + ";WRITE_DELAY=0";
        return new EmbeddedStorageFailureAnalyzer(new MockEnvironment().withProperty("spring.datasource.url", url))
                .analyze(new BeanCreationException("flyway", "Failed", failure));
    }

    @Test
    void the_database_file_is_found_from_the_embedded_url_and_not_from_others() {
        assertThat(EmbeddedStorageFailureAnalyzer.databaseFile("jdbc:h2:file:./data/spa-kiosk;WRITE_DELAY=0"))
                .isEqualTo(Path.of("data/spa-kiosk.mv.db").toAbsolutePath());
        assertThat(EmbeddedStorageFailureAnalyzer.databaseFile("jdbc:h2:mem:spa-test;DB_CLOSE_DELAY=-1")).isNull();
        assertThat(EmbeddedStorageFailureAnalyzer.databaseFile("jdbc:postgresql://localhost/spakiosk")).isNull();
    }

    @Test
    void a_damaged_file_names_the_folder_and_says_restore_or_move_it_aside() {
        FailureAnalysis analysis = analyze(new SQLException("File corrupted while reading record", "90030", 90030));
        assertThat(analysis.getDescription()).isEqualTo("The embedded database file spa-kiosk.mv.db in "
                + dir.resolve("data") + " is damaged.");
        assertThat(analysis.getAction()).contains("Restore " + dir.resolve("data") + " from a backup")
                .contains("move the damaged file aside");
    }

    @Test
    void a_truncated_file_is_damaged_too() {
        var truncated = new SQLException("IO Exception", "90028", 90028, new EOFException());
        assertThat(analyze(truncated).getDescription()).endsWith("is damaged.");
    }

    @Test
    void a_folder_h2_may_not_read_names_the_folder_and_the_user() {
        var denied = new SQLException("IO Exception", "90031", 90031, new AccessDeniedException(dir.toString()));
        FailureAnalysis analysis = analyze(denied);
        assertThat(analysis.getDescription()).isEqualTo("The embedded database folder " + dir.resolve("data")
                + " cannot be read by user '" + System.getProperty("user.name") + "'.");
        assertThat(analysis.getAction()).contains("read and write access to " + dir.resolve("data"));
    }

    @Test
    void a_read_only_database_names_the_folder_and_says_give_write_access_or_restore() {
        FailureAnalysis analysis = analyze(new DatabaseWritability.DatabaseNotWritableException());
        assertThat(analysis.getDescription()).startsWith("The embedded database in " + dir.resolve("data") + " is read only");
        assertThat(analysis.getAction()).contains("write access").contains("restore the folder from a backup");
        assertThat(analyze(new SQLException("The database is read only", "90097", 90097)).getDescription())
                .isEqualTo(analysis.getDescription());
    }

    @Test
    void a_missing_folder_the_user_may_not_create_says_where_to_start_instead() {
        FailureAnalysis analysis = analyze(new EmbeddedStorageCheck.StorageProblem(
                EmbeddedStorageCheck.StorageProblem.Kind.CANNOT_CREATE, dir.resolve("data")));
        assertThat(analysis.getDescription()).isEqualTo("The embedded database folder " + dir.resolve("data")
                + " does not exist, and user '" + System.getProperty("user.name") + "' may not create it.");
        assertThat(analysis.getAction()).startsWith("Start the app from a folder that user may write");
    }

    @Test
    void other_failures_are_left_to_the_other_analyzers() {
        assertThat(analyze(new SQLException("syntax", "42001", 42001))).isNull();
    }

    @Test
    void a_database_opened_read_only_refuses_the_start_and_is_not_ready() {
        String file = dir.resolve("data/spa-kiosk").toString();
        new JdbcTemplate(dataSource("jdbc:h2:file:" + file)).execute("create table t (id int)");
        JdbcTemplate writable = new JdbcTemplate(dataSource("jdbc:h2:file:" + file));
        assertThat(new DatabaseWritability(writable).isWritable()).isTrue();
        assertThat(new DatabaseWritableHealthIndicator(new DatabaseWritability(writable)).health().getStatus())
                .isEqualTo(Status.UP);
        writable.execute("shutdown");

        var readOnly = new DatabaseWritability(new JdbcTemplate(dataSource("jdbc:h2:file:" + file + ";ACCESS_MODE_DATA=r")));
        assertThat(readOnly.isWritable()).isFalse();
        assertThatThrownBy(readOnly::afterPropertiesSet).isInstanceOf(DatabaseWritability.DatabaseNotWritableException.class);
        assertThat(new DatabaseWritableHealthIndicator(readOnly).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void the_folder_check_passes_a_folder_that_does_not_exist_yet_below_a_writable_one() {
        EmbeddedStorageCheck.check(dir.resolve("fresh/data/spa-kiosk.mv.db")); // no exception: H2 creates it
    }

    private static JdbcDataSource dataSource(String url) {
        var ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return ds;
    }
}
