package com.spakiosk.booking;

import java.sql.PreparedStatement;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the guest record of a booking's contact, or creates it: by phone first, then by e-mail
 * (both arrive normalised). Runs inside the caller's transaction (the confirm), so a booking and
 * its new guest commit together or not at all.
 * <p>
 * The unique indexes on phone and e-mail are the referee: when two confirms for the same new
 * guest race, the second insert waits for the first and then violates the index. The insert runs
 * in a savepoint (PostgreSQL aborts a whole transaction on an error otherwise), so the loser rolls
 * back just that statement and reads the winner's row. No Java lock is involved: it holds across
 * app instances.
 */
@Component
class GuestDirectory {

    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;

    GuestDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the guest with this phone or e-mail, created when there is none. Needs the caller's transaction. */
    long link(Guest contact, Instant now) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A guest is linked inside the booking's transaction");
        }
        for (int attempt = 1; ; attempt++) {
            Optional<Long> found = find(contact);
            if (found.isPresent()) {
                complete(found.get(), contact, now);
                return found.get();
            }
            Optional<Long> created = inSavepoint(() -> insert(contact, now));
            if (created.isPresent()) {
                return created.get();
            }
            // Someone created this guest a moment ago (or took the other contact): read again.
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("The guest record could not be found or created");
            }
        }
    }

    private Optional<Long> find(Guest contact) {
        if (contact.phone() != null) {
            List<Long> byPhone = jdbc.queryForList("select id from guest where phone = ?", Long.class, contact.phone());
            if (!byPhone.isEmpty()) {
                return Optional.of(byPhone.getFirst());
            }
        }
        if (contact.email() != null) {
            List<Long> byEmail = jdbc.queryForList("select id from guest where email = ?", Long.class, contact.email());
            if (!byEmail.isEmpty()) {
                return Optional.of(byEmail.getFirst());
            }
        }
        return Optional.empty();
    }

    /**
     * A returning guest gave a way to reach them that their record lacks (or a last name): it is
     * added, unless another guest already has it. Never overwrites what the desk recorded.
     */
    private void complete(long guestId, Guest contact, Instant now) {
        if (contact.phone() != null) {
            inSavepoint(() -> jdbc.update("update guest set phone = ?, updated_at = ?, version = version + 1"
                    + " where id = ? and phone is null", contact.phone(), utc(now), guestId));
        }
        if (contact.email() != null) {
            inSavepoint(() -> jdbc.update("update guest set email = ?, updated_at = ?, version = version + 1"
                    + " where id = ? and email is null", contact.email(), utc(now), guestId));
        }
        if (contact.lastName() != null) {
            jdbc.update("update guest set last_name = ?, updated_at = ?, version = version + 1"
                    + " where id = ? and last_name is null", contact.lastName(), utc(now), guestId);
        }
    }

    private long insert(Guest contact, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into guest (first_name, last_name, phone, email, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, contact.firstName());
            insert.setString(2, contact.lastName());
            insert.setString(3, contact.phone());
            insert.setString(4, contact.email());
            insert.setObject(5, utc(now));
            insert.setObject(6, utc(now));
            return insert;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Runs {@code work} in a savepoint of the transaction's connection (the one JdbcTemplate and
     * JPA share); empty when a unique index refused it, and only that statement is undone.
     */
    private <T> Optional<T> inSavepoint(Supplier<T> work) {
        return Optional.ofNullable(jdbc.execute((ConnectionCallback<T>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try {
                T result = work.get();
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (DataIntegrityViolationException e) {
                connection.rollback(savepoint);
                if (isUniqueViolation(e)) {
                    return null;
                }
                throw e;
            }
        }));
    }

    private static boolean isUniqueViolation(Throwable e) {
        return BookingService.hasSqlState(e, "23505");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
