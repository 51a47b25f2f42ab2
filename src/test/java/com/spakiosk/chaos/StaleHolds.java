package com.spakiosk.chaos;

import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Holds that a killed instance left live must stop blocking once they run out, although nobody
 * released them: after each one's expiry, the engine is asked to hold exactly its therapist, room
 * and start again, and the new hold is let go at once. Held means the stale hold is gone for the
 * engine; "just taken" means it still blocks (a bug). Runs before any load, so nothing else can
 * have taken the time.
 */
final class StaleHolds {

    private final BookingService bookings;

    StaleHolds(BookingService bookings) {
        this.bookings = bookings;
    }

    /** Reads the harness's list (if any), re-holds every slot, and writes "reheld blocked" to {@code result}. */
    void recheck(Path list, Path result) throws IOException, InterruptedException {
        if (!Files.exists(list)) {
            return;
        }
        int reheld = 0;
        int blocked = 0;
        for (String line : Files.readAllLines(list)) {
            if (line.isBlank()) {
                continue;
            }
            StaleHold stale = StaleHold.parse(line);
            long wait = stale.expiresAt().toEpochMilli() + 100 - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            if (reheld(stale)) {
                reheld++;
            } else {
                blocked++;
            }
        }
        Files.writeString(result, reheld + " " + blocked + "\n");
    }

    private boolean reheld(StaleHold stale) {
        String owner = "chaos-stale-check-" + stale.id();
        try {
            HoldOutcome outcome = bookings.hold(new HoldRequest(stale.treatmentId(), stale.variantId(), List.of(),
                    stale.start(), stale.therapistId(), stale.roomId(), owner, BookingChannel.KIOSK, Set.of(), null));
            if (outcome instanceof HoldOutcome.Held held) {
                bookings.releaseHold(held.bookingId(), owner);
                return true;
            }
            return false;
        } catch (BookingException refused) {
            System.err.println("stale hold " + stale.id() + " refused: " + refused.getMessage());
            return false;
        }
    }

    /** One live hold of a killed instance, as the harness read it from the database. */
    record StaleHold(long id, long treatmentId, long variantId, long therapistId, long roomId, Instant start,
                     Instant expiresAt) {

        static StaleHold parse(String line) {
            String[] f = line.split(",");
            return new StaleHold(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), Instant.ofEpochMilli(Long.parseLong(f[5])),
                    Instant.ofEpochMilli(Long.parseLong(f[6])));
        }

        String line() {
            return id + "," + treatmentId + "," + variantId + "," + therapistId + "," + roomId + ","
                    + start.toEpochMilli() + "," + expiresAt.toEpochMilli();
        }
    }
}
