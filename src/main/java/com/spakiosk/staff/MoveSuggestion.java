package com.spakiosk.staff;

import java.time.Instant;

/** Where the engine would move a displaced booking: another qualified therapist, a time and a room. */
public record MoveSuggestion(long bookingId, Instant start, Instant end, long therapistId, String therapistName,
                             long roomId, String roomName) {
}
