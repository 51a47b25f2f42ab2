package com.spakiosk.persistence;

import java.sql.DriverManager;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseDurabilityTest}: commits one row to the H2
 * file, says so, and waits to be killed.
 */
public final class H2KillTarget {

    private H2KillTarget() {
    }

    public static void main(String[] args) throws Exception {
        try (var connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("create table if not exists confirmed (code varchar(8) primary key)");
                statement.execute("insert into confirmed values ('" + args[1] + "')");
            }
            connection.commit();
            System.out.println("COMMITTED");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
