package com.spakiosk;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Runs the Spring tests on in-memory H2 by default, or on PostgreSQL when Maven's
 * {@code postgres} profile sets {@code spa.test.database=postgres} (./mvnw test -Ppostgres).
 * Always with the {@code demo} profile: the demo spa gives views and services something real.
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("spa.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"postgres", "demo", "test"} : new String[] {"demo", "test", "test-h2"};
    }
}
