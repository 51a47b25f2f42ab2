package com.spakiosk.booking;

import com.spakiosk.scheduling.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One day at the desk: the therapists and rooms, when each therapist works, and every booking
 * and live hold of the day as a block. What the day calendar draws, read in a handful of queries.
 *
 * @param opens  the earliest shift start of the day (or 09:00 when nobody works)
 * @param closes the latest shift end of the day (or 18:00 when nobody works)
 * @param treatmentNames the names of the treatments on the menu, by id
 */
public record DeskDay(LocalDate date, ZoneId zone, Instant opens, Instant closes, List<TherapistColumn> therapists,
                      List<RoomColumn> rooms, List<Block> blocks, Map<Long, String> treatmentNames) {

    /** A therapist working this day, with their working time (shifts less breaks and time off). */
    /** @param colourClass the CSS class of the therapist's desk colour, or null for none */
    public record TherapistColumn(long id, String name, List<Interval> working, String colourClass) {

        public TherapistColumn(long id, String name, List<Interval> working) {
            this(id, name, working, null);
        }
    }

    /** A room in use, with its maintenance blocks within the day (clipped to it). */
    public record RoomColumn(long id, String name, List<Interval> blocked) {

        public RoomColumn(long id, String name) {
            this(id, name, List.of());
        }
    }

    /**
     * A booking or a live hold.
     *
     * @param holdExpiresAt when a hold runs out; null for a booking
     * @param addOns        the add-ons with their option (e.g. "AROMATHERAPY:LAVENDER"), as codes
     * @param reviewNeeded  the screening asks for a staff review that nobody has cleared yet
     * @param caution       the screening left a note for the therapist
     */
    public record Block(long bookingId, long version, BookingStatus status, Instant start, Instant end,
                        long therapistId, long roomId, long treatmentId, String guestFirstName, Instant holdExpiresAt,
                        Set<Long> addOnIds, boolean reviewNeeded, boolean caution) {

        public int minutes() {
            return (int) java.time.Duration.between(start, end).toMinutes();
        }

        public boolean isHold() {
            return status == BookingStatus.HELD;
        }
    }
}
