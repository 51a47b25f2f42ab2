package com.spakiosk.booking;

import com.spakiosk.base.SpaProperties;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, hears the calendar changes of every app instance: the {@code booking} table's
 * trigger (migration V10) notifies channel {@value #CHANNEL} inside the writing transaction, so
 * PostgreSQL delivers only what committed. This listener holds one connection of its own (not
 * from the pool, which must not lose a connection to waiting) doing {@code LISTEN}, and passes
 * what it hears to {@link CalendarChanges}. When the connection drops it reconnects with a
 * growing pause, and then says "any day may have changed", since notifications sent meanwhile
 * are lost. On H2 (one instance) it does nothing. (decision 0013)
 */
@Component
class PostgresCalendarListener implements SmartLifecycle {

    static final String CHANNEL = "booking_changed";

    private static final Logger log = LoggerFactory.getLogger(PostgresCalendarListener.class);
    private static final int WAIT_MS = 500;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    /** A booking spans a few hours; a payload claiming more is not ours to trust day by day. */
    private static final Duration LONGEST_BOOKING = Duration.ofDays(2);

    private final CalendarChanges changes;
    private final SpaProperties spa;
    private final String url;
    private final String username;
    private final String password;
    private volatile CountDownLatch stopping;
    private volatile Thread thread;
    private volatile boolean listening;

    PostgresCalendarListener(CalendarChanges changes, SpaProperties spa,
                             @Value("${spring.datasource.url:}") String url,
                             @Value("${spring.datasource.username:}") String username,
                             @Value("${spring.datasource.password:}") String password) {
        this.changes = changes;
        this.spa = spa;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public synchronized void start() {
        if (thread != null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        stopping = new CountDownLatch(1);
        thread = Thread.ofPlatform().daemon().name("calendar-listener").start(this::run);
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        if (running == null) {
            return;
        }
        stopping.countDown();
        try {
            running.join(WAIT_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Whether the connection is up and LISTENing now (tests wait for it). */
    boolean isListening() {
        return listening;
    }

    private void run() {
        Duration retry = FIRST_RETRY;
        boolean mayHaveMissed = false;
        while (stopping.getCount() > 0) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                retry = FIRST_RETRY;
                if (mayHaveMissed) {
                    changes.publish(ChangedDays.ANY_DAY);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (stopping.getCount() > 0) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications != null && notifications.length > 0) {
                        changes.publish(days(notifications));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopping.getCount() > 0) {
                    log.warn("Lost the calendar notifications' connection; retrying in {} s ({})",
                            retry.toSeconds(), e.getMessage());
                }
            } finally {
                listening = false;
            }
            mayHaveMissed = true;
            try {
                if (stopping.await(retry.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "spa-kiosk calendar listener");
        properties.setProperty("tcpKeepAlive", "true"); // a vanished server is noticed, not waited for
        return DriverManager.getConnection(url, properties);
    }

    /** The days of a batch of notifications ("start,end" in epoch seconds); anything odd means any day. */
    ChangedDays days(PGNotification[] notifications) {
        ChangedDays all = ChangedDays.of(java.util.List.of());
        for (PGNotification n : notifications) {
            all = all.and(days(n.getParameter()));
        }
        return all;
    }

    ChangedDays days(String payload) {
        try {
            String[] parts = payload.split(",");
            Instant start = Instant.ofEpochSecond(Long.parseLong(parts[0].strip()));
            Instant end = Instant.ofEpochSecond(Long.parseLong(parts[1].strip()));
            if (end.isBefore(start) || Duration.between(start, end).compareTo(LONGEST_BOOKING) > 0) {
                return ChangedDays.ANY_DAY;
            }
            return ChangedDays.of(ChangedDays.touchedBy(start, end, spa.zone()));
        } catch (RuntimeException e) {
            return ChangedDays.ANY_DAY;
        }
    }
}
