package com.spakiosk.base;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached or refuses us at start-up into one line that says
 * what to fix, instead of a long stack trace.
 */
public class DatabaseStartupFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** How to start the compose file's PostgreSQL reachable from this machine (docker-compose.db-port.yml). */
    static final String START_POSTGRES = "docker compose -f docker-compose.yml -f docker-compose.db-port.yml up -d db";

    private final Environment environment;

    public DatabaseStartupFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String user = environment.getProperty("spring.datasource.username", "");
        if (state.startsWith("08") || hasCause(cause, ConnectException.class)) {
            return analysis("Cannot reach the database at " + url + ".",
                    "Start PostgreSQL (e.g. '" + START_POSTGRES + "' in the project folder), or point the app at it with SPA_DB_HOST, "
                            + "SPA_DB_PORT and SPA_DB_NAME.", cause);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return analysis("The database at " + url + " refused user '" + user + "' or its password.",
                    "Set SPA_DB_USER and SPA_DB_PASSWORD to an account of that database.", cause);
        }
        if (state.equals("3D000")) {
            return analysis("The database named in " + url + " does not exist.",
                    "Create it ('createdb -O " + user + " <name>') or set SPA_DB_NAME to an existing one.", cause);
        }
        if (state.equals("90020")) {
            return analysis("The embedded database " + url + " is already open in another process.",
                    "Stop the other instance of the app, or give this one its own spring.datasource.url.", cause);
        }
        return null;
    }

    private static FailureAnalysis analysis(String description, String action, SQLException cause) {
        return new FailureAnalysis(description, action, cause);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
