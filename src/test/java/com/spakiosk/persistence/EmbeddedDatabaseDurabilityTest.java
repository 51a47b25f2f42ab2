package com.spakiosk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit on the embedded database survives the process being killed with SIGKILL right
 * after it returns, using the URL settings of application.properties (WRITE_DELAY=0).
 */
class EmbeddedDatabaseDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void a_committed_row_survives_a_kill_minus_9() throws Exception {
        String url = applicationUrl().replace("./data/spa-kiosk", dir.resolve("spa").toString());
        assertThat(url).contains("WRITE_DELAY=0").startsWith("jdbc:h2:file:" + dir);

        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), H2KillTarget.class.getName(), url, "K9TEST")
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("COMMITTED");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        try (var connection = DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery("select code from confirmed")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("K9TEST");
        }
    }

    private static String applicationUrl() throws Exception {
        var properties = new Properties();
        try (InputStream in = EmbeddedDatabaseDurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }
}
