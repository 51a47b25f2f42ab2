package com.spakiosk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.spakiosk.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Throttle keys and log pseudonyms are keyed hashes that every instance on one database agrees on (point 13). */
@SpringTest
class PseudonymsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager txManager;

    @Test
    void two_instances_without_a_configured_secret_share_the_one_generated_into_the_database() {
        var first = new Pseudonyms("", jdbc, txManager);
        var second = new Pseudonyms("", jdbc, txManager);
        assertThat(first.of("account", "manager")).isEqualTo(second.of("account", "manager"))
                .doesNotContain("manager").hasSize(43);
        assertThat(jdbc.queryForObject("select count(*) from security_secret", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_configured_secret_gives_other_pseudonyms_and_kinds_never_collide() {
        var generated = new Pseudonyms("", jdbc, txManager);
        var configured = new Pseudonyms("a secret from SPA_THROTTLE_SECRET", jdbc, txManager);
        assertThat(configured.of("account", "manager")).isNotEqualTo(generated.of("account", "manager"));
        assertThat(generated.of("account", "10.0.0.1")).isNotEqualTo(generated.of("address", "10.0.0.1"));
    }
}
