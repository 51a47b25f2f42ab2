package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseStartupFailureAnalyzerTest {

    private final MockEnvironment env = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/spakiosk")
            .withProperty("spring.datasource.username", "spakiosk");

    @Test
    void an_unreachable_postgres_is_reported_in_one_sentence_with_what_to_set() {
        SQLException real = connectionFailure("jdbc:postgresql://127.0.0.1:1/spakiosk");
        FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer(env)
                .analyze(new BeanCreationException("flyway", "Failed", real));
        assertThat(analysis.getDescription()).isEqualTo("Cannot reach the database at jdbc:postgresql://127.0.0.1:1/spakiosk.");
        assertThat(analysis.getAction()).contains("SPA_DB_HOST");
    }

    @Test
    void a_wrong_password_names_the_user_and_the_variables_to_set() {
        FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer(env)
                .analyze(new RuntimeException(new SQLException("password authentication failed", "28P01")));
        assertThat(analysis.getDescription()).contains("refused user 'spakiosk'");
        assertThat(analysis.getAction()).contains("SPA_DB_PASSWORD");
    }

    @Test
    void an_h2_file_open_in_another_process_says_so() {
        FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer(env)
                .analyze(new RuntimeException(new SQLException("Database may be already in use", "90020")));
        assertThat(analysis.getDescription()).contains("already open in another process");
    }

    @Test
    void other_sql_errors_are_left_to_spring() {
        assertThat(new DatabaseStartupFailureAnalyzer(env)
                .analyze(new RuntimeException(new SQLException("syntax", "42601")))).isNull();
    }

    private static SQLException connectionFailure(String url) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, "x", "y")).isInstanceOf(SQLException.class);
        try {
            DriverManager.getConnection(url, "x", "y");
            throw new AssertionError("unreachable");
        } catch (SQLException e) {
            return e;
        }
    }
}
