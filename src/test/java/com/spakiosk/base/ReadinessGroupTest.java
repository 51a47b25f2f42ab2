package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

/** Readiness asks whether the database takes writes, so a read-only database takes the instance out of service. */
@SpringTest
class ReadinessGroupTest {

    @Autowired
    HealthEndpointGroups groups;

    @Autowired
    DatabaseWritability writability;

    @Test
    void the_readiness_probe_includes_the_database_writability_check() {
        var readiness = groups.get("readiness");
        assertThat(readiness).isNotNull();
        assertThat(readiness.isMember("databaseWritable")).isTrue();
        assertThat(readiness.isMember("readinessState")).isTrue();
    }

    @Test
    void the_test_database_takes_writes() {
        assertThat(writability.isWritable()).isTrue();
    }
}
