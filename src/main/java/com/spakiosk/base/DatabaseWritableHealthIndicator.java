package com.spakiosk.base;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness group (application.properties): a database that stops taking writes
 * (its file turned read-only, a PostgreSQL standby) makes the instance not ready, so a load
 * balancer sends guests elsewhere instead of to a kiosk that fails at the confirm button.
 */
@Component("databaseWritable")
class DatabaseWritableHealthIndicator extends AbstractHealthIndicator {

    private final DatabaseWritability writability;

    DatabaseWritableHealthIndicator(DatabaseWritability writability) {
        super("The database writability check failed");
        this.writability = writability;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (writability.isWritable()) {
            builder.up();
        } else {
            builder.down().withDetail("reason", "the database is read only");
        }
    }
}
