package com.spakiosk.booking;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.security.AnonymousAccess;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the demand that screening turned away, as anonymous daily counts (V12): which question
 * ruled out which treatment or add-on, and how often a guest was sent to the desk for want of
 * consent. No guest, no answer set, no time finer than the day: the only way to keep this figure
 * without keeping health data (decision 0011).
 * <p>
 * The upsert is race-safe on H2 and PostgreSQL without vendor SQL: an {@code update ... + 1} is
 * atomic under its row lock; when no row exists yet an insert follows, and the loser of two
 * first inserts (a duplicate key) adds its one by an update. Each step runs in its own transaction,
 * because PostgreSQL aborts a transaction whose insert failed.
 */
@Service
public class ScreeningRefusals {

    /** Why a guest was turned away. */
    public enum Kind { BLOCKED, NO_CONSENT }

    /** Which rule stopped what: a "yes" to {@code questionCode} ruled out the treatment or add-on {@code targetCode}. */
    public record Refusal(String questionCode, TargetKind targetKind, String targetCode) {
    }

    public enum TargetKind { TREATMENT, ADD_ON }

    private static final String INCREMENT = """
            update screening_refusal_count set refusals = refusals + ?
            where on_day = ? and kind = ? and question_code = ? and target_kind = ? and target_code = ? and channel = ?""";
    private static final String INSERT = """
            insert into screening_refusal_count (on_day, kind, question_code, target_kind, target_code, channel, refusals)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private static final Logger log = LoggerFactory.getLogger(ScreeningRefusals.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SpaProperties spa;
    private final Clock clock;

    ScreeningRefusals(JdbcTemplate jdbc, PlatformTransactionManager txManager, SpaProperties spa, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.spa = spa;
        this.clock = clock;
    }

    /** Adds one refusal per rule today. A count that cannot be written is logged, never shown to the guest. */
    @AnonymousAccess("anonymous counts of screening refusals: no guest data is passed or kept")
    public void count(BookingChannel channel, Collection<Refusal> refusals) {
        LocalDate today = LocalDate.now(clock.withZone(spa.zone()));
        for (Refusal r : refusals) {
            safely(() -> add(today, Kind.BLOCKED, r.questionCode(), r.targetKind().name(), r.targetCode(), channel, 1));
        }
    }

    /** Adds one guest sent to the desk today because they did not agree that we keep a "yes". */
    @AnonymousAccess("an anonymous count: no guest data is passed or kept")
    public void countMissingConsent(BookingChannel channel) {
        LocalDate today = LocalDate.now(clock.withZone(spa.zone()));
        safely(() -> add(today, Kind.NO_CONSENT, "", "", "", channel, 1));
    }

    /** For an imported history (the demo spa): {@code refusals} refusals of a kind on a past day. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public void importCount(LocalDate day, BookingChannel channel, Refusal refusal, int refusals) {
        if (refusals < 1) {
            throw new IllegalArgumentException("A count is at least one");
        }
        importRow(refusals, Date.valueOf(day), Kind.BLOCKED.name(), refusal.questionCode(),
                refusal.targetKind().name(), refusal.targetCode(), channel.name());
    }

    /** For an imported history (the demo spa): guests sent to the desk for want of consent on a past day. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public void importMissingConsent(LocalDate day, BookingChannel channel, int guests) {
        if (guests < 1) {
            throw new IllegalArgumentException("A count is at least one");
        }
        importRow(guests, Date.valueOf(day), Kind.NO_CONSENT.name(), "", "", "", channel.name());
    }

    /** An import runs alone in the caller's transaction: no race to take care of. */
    private void importRow(int n, Object... key) {
        if (jdbc.update(INCREMENT, prepend(n, key)) == 0) {
            jdbc.update(INSERT, append(key, n));
        }
    }

    private void safely(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            log.warn("A screening refusal could not be counted: {}", e.getClass().getSimpleName());
        }
    }

    private void add(LocalDate day, Kind kind, String question, String targetKind, String target,
                     BookingChannel channel, int n) {
        Object[] key = {Date.valueOf(day), kind.name(), question, targetKind, target, channel.name()};
        if (increment(n, key)) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> jdbc.update(INSERT, append(key, n)));
        } catch (DuplicateKeyException raced) {
            // Another request inserted the row a moment ago: add to it.
            increment(n, key);
        }
    }

    private boolean increment(int n, Object[] key) {
        Integer updated = tx.execute(s -> jdbc.update(INCREMENT, prepend(n, key)));
        return updated != null && updated > 0;
    }

    private static Object[] prepend(int n, Object[] key) {
        Object[] args = new Object[key.length + 1];
        args[0] = n;
        System.arraycopy(key, 0, args, 1, key.length);
        return args;
    }

    private static Object[] append(Object[] key, int n) {
        Object[] args = new Object[key.length + 1];
        System.arraycopy(key, 0, args, 0, key.length);
        args[key.length] = n;
        return args;
    }
}
