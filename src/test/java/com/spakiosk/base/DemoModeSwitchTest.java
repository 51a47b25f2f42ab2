package com.spakiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeSwitchTest {

    @Test
    void without_a_profile_the_app_is_not_in_demo_mode() {
        assertThat(new DemoMode(new MockEnvironment()).isOn()).isFalse();
    }

    @Test
    void the_postgres_profile_alone_is_not_demo_mode() {
        var env = new MockEnvironment();
        env.setActiveProfiles("postgres");
        assertThat(new DemoMode(env).isOn()).isFalse();
    }

    @Test
    void demo_as_the_default_profile_of_mvnw_or_combined_with_postgres_is_demo_mode() {
        var byDefault = new MockEnvironment();
        byDefault.setDefaultProfiles("demo");
        var combined = new MockEnvironment();
        combined.setActiveProfiles("demo", "postgres");
        assertThat(new DemoMode(byDefault).isOn()).isTrue();
        assertThat(new DemoMode(combined).isOn()).isTrue();
    }
}
