package com.spakiosk.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V18.1: a therapist had one shift per weekday; with rotations it is one per weekday
 * and rotation week. V1 left the old unique key unnamed, and H2 and PostgreSQL name such keys
 * differently, so plain SQL cannot drop it on both: this looks its name up in the standard
 * information schema (the same query on both) and swaps the key.
 */
@Component
class WeeklyShiftKeyMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18.1");
    }

    @Override
    public String getDescription() {
        return "weekly shift key per rotation week";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select constraint_name from information_schema.table_constraints
                where lower(table_name) = 'weekly_shift' and constraint_type = 'UNIQUE'
                  and lower(table_schema) = lower(?)""")) {
            query.setString(1, connection.getSchema());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String key : keys) {
                statement.execute("alter table weekly_shift drop constraint \"" + key + "\"");
            }
            statement.execute("alter table weekly_shift add constraint weekly_shift_week_day"
                    + " unique (therapist_id, rotation_week, day_of_week)");
        }
    }
}
