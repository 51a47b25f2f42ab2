package com.spakiosk.base;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The embedded database's folder or file in a state the app cannot work with, in one sentence
 * that names the folder and what to do, instead of 100-odd lines of H2 and Spring stack trace:
 * a folder this user may not read, a database it may not write, a damaged file.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EmbeddedStorageFailureAnalyzer implements FailureAnalyzer {

    // H2's error codes (org.h2.api.ErrorCode), named here rather than importing the driver's API.
    static final int FILE_CORRUPTED = 90030;
    static final int IO_EXCEPTION = 90028;
    static final int IO_EXCEPTION_WITH_PATH = 90031;
    static final int TRACE_FILE_ERROR = 90034;
    static final int DATABASE_IS_READ_ONLY = 90097;

    private final Environment environment;

    public EmbeddedStorageFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Path file = databaseFile(environment.getProperty("spring.datasource.url", ""));
        if (file == null) {
            return null;
        }
        String folder = file.getParent().toString();
        String user = System.getProperty("user.name");
        EmbeddedStorageCheck.StorageProblem problem = find(failure, EmbeddedStorageCheck.StorageProblem.class);
        boolean readOnly = problem != null && problem.kind() == EmbeddedStorageCheck.StorageProblem.Kind.READ_ONLY;
        boolean unreadable = problem != null && problem.kind() == EmbeddedStorageCheck.StorageProblem.Kind.UNREADABLE;
        if (problem != null && problem.kind() == EmbeddedStorageCheck.StorageProblem.Kind.CANNOT_CREATE) {
            return new FailureAnalysis("The embedded database folder " + folder + " does not exist, and user '" + user
                    + "' may not create it.",
                    "Start the app from a folder that user may write (the database lives in ./data below it), or create "
                            + folder + " and give it to that user (e.g. chown -R " + user + " " + folder + "), and start again.",
                    null);
        }
        if (readOnly || has(failure, DatabaseWritability.DatabaseNotWritableException.class) || hasCode(failure, DATABASE_IS_READ_ONLY)) {
            return new FailureAnalysis("The embedded database in " + folder + " is read only for user '" + user
                    + "', so no booking or sign-in could be saved.",
                    "Give user '" + user + "' write access to " + folder + " and its files (e.g. chown -R " + user
                            + " " + folder + "), or restore the folder from a backup, and start again.", null);
        }
        if (unreadable || has(failure, AccessDeniedException.class)
                && (hasCode(failure, IO_EXCEPTION_WITH_PATH) || hasCode(failure, IO_EXCEPTION) || hasCode(failure, TRACE_FILE_ERROR))) {
            return new FailureAnalysis("The embedded database folder " + folder + " cannot be read by user '" + user + "'.",
                    "Give user '" + user + "' read and write access to " + folder + " (e.g. chown -R " + user + " "
                            + folder + "), or start the app from a folder it owns, and start again.", null);
        }
        if (hasCode(failure, FILE_CORRUPTED) || (hasCode(failure, IO_EXCEPTION) && has(failure, EOFException.class))) {
            return new FailureAnalysis("The embedded database file " + file.getFileName() + " in " + folder + " is damaged.",
                    "Restore " + folder + " from a backup; or, to start with an empty spa, move the damaged file aside "
                            + "(mv " + file + " " + file + ".damaged) and start again.", null);
        }
        return null;
    }

    /** The H2 file behind a file URL ({@code jdbc:h2:file:./data/spa-kiosk;...}), absolute; null otherwise. */
    static Path databaseFile(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:")) {
            return null;
        }
        rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        int options = rest.indexOf(';');
        String name = options < 0 ? rest : rest.substring(0, options);
        return Path.of(name + ".mv.db").toAbsolutePath().normalize();
    }

    private static boolean hasCode(Throwable failure, int code) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
