package com.spakiosk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import com.spakiosk.TestProfiles;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Guards the suites themselves: "-Ppostgres" really talks to PostgreSQL, the default to H2. */
@SpringTest
class DatabaseUnderTestTest {

    @Autowired DataSource dataSource;

    @Test
    void the_suite_runs_on_the_database_the_build_asked_for() throws Exception {
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestProfiles.onPostgres() ? "PostgreSQL" : "H2");
        }
    }
}
