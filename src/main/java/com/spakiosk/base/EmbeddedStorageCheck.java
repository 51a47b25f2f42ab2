package com.spakiosk.base;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Looks at the embedded database's folder and file before H2 opens them. H2 opens a file it may
 * not write in read-only mode without a word (the first booking then fails), and on a folder it
 * may not read it prints its own stack traces; both are caught here, before anything starts, and
 * told in one sentence by {@link EmbeddedStorageFailureAnalyzer}. A damaged file only shows when
 * H2 reads it: the analyzer explains that one from H2's error.
 */
public class EmbeddedStorageCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        Path file = EmbeddedStorageFailureAnalyzer.databaseFile(environment.getProperty("spring.datasource.url", ""));
        if (file != null) {
            check(file);
        }
    }

    /** Throws {@link StorageProblem} when this user could not read, or could not write, the database. */
    static void check(Path file) {
        Path folder = file.getParent();
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent(); // H2 creates missing folders: the first existing one must let it
        }
        if (existing == null) {
            return;
        }
        if (!Files.isReadable(existing) || !Files.isExecutable(existing)
                || (Files.exists(file) && !Files.isReadable(file))) {
            throw new StorageProblem(StorageProblem.Kind.UNREADABLE, folder);
        }
        if (!Files.isWritable(existing) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new StorageProblem(existing.equals(folder) ? StorageProblem.Kind.READ_ONLY : StorageProblem.Kind.CANNOT_CREATE,
                    folder);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before other initializers: nothing has started yet
    }

    /** The embedded database's folder cannot be read, or not written, by the user running the app. */
    public static class StorageProblem extends IllegalStateException {

        enum Kind { UNREADABLE, READ_ONLY, CANNOT_CREATE }

        private final Kind kind;

        StorageProblem(Kind kind, Path folder) {
            super("The embedded database folder " + folder + " is " + switch (kind) {
                case UNREADABLE -> "unreadable";
                case READ_ONLY -> "read only";
                case CANNOT_CREATE -> "missing and cannot be created";
            });
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }
}
