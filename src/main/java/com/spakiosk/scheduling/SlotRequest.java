package com.spakiosk.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a guest asks for: a treatment of some length with add-ons, from a time on, within a
 * range, with any or one named therapist.
 *
 * @param earliestStart  no slot starts before this
 * @param searchUntil    no slot starts at or after this (shifts bound where sessions end)
 * @param massageMinutes the chosen variant's duration
 * @param grid           slots start on multiples of this in the spa's local time
 * @param turnover       cleanup after each session; therapist and room are busy during it
 * @param shortestSession the shortest session on the menu: a gap shorter than it (plus
 *                        turnover) can never be sold and counts as an unusable gap
 * @param limit          at most this many slots are returned
 */
public record SlotRequest(long treatmentId, int massageMinutes, List<Extra> extras, Instant earliestStart,
                          Instant searchUntil, Long preferredTherapistId, Duration grid, Duration turnover,
                          Duration shortestSession, int limit) {

    public SlotRequest {
        Objects.requireNonNull(earliestStart);
        Objects.requireNonNull(searchUntil);
        extras = List.copyOf(extras);
        if (massageMinutes <= 0 || grid.isZero() || grid.isNegative() || turnover.isNegative() || limit <= 0) {
            throw new IllegalArgumentException("A request needs a positive duration, grid and limit");
        }
    }

    /** The ids of the chosen add-ons that ask for a qualified therapist. */
    public Set<Long> addOnIds() {
        return extras.stream().map(Extra::addOnId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Minutes of add-ons placed before the massage (the soak comes first). */
    public int minutesBefore() {
        return extras.stream().filter(e -> e.placement() == Extra.Placement.BEFORE).mapToInt(Extra::minutes).sum();
    }

    /** The whole session: add-ons before, the massage, and add-ons during it. */
    public Duration sessionLength() {
        return Duration.ofMinutes(massageMinutes + extras.stream().mapToInt(Extra::minutes).sum());
    }

    /** Rounds an instant up to the next grid line in the spa's local time (14:07 with 15 min: 14:15). */
    public static Instant alignUp(Instant instant, Duration grid, ZoneId zone) {
        LocalDateTime local = instant.atZone(zone).toLocalDateTime();
        LocalDateTime midnight = local.toLocalDate().atStartOfDay();
        long seconds = Duration.between(midnight, local).toSeconds() + (local.getNano() > 0 ? 1 : 0);
        long step = grid.toSeconds();
        long aligned = (seconds + step - 1) / step * step;
        ZonedDateTime candidate = midnight.plusSeconds(aligned).atZone(zone);
        if (candidate.toInstant().isBefore(instant)) {
            candidate = candidate.withLaterOffsetAtOverlap(); // the second 02:30 of an autumn night
        }
        return candidate.toInstant().isBefore(instant) ? alignUp(instant.plus(grid), grid, zone) : candidate.toInstant();
    }

    /** Walk-in mode: the first grid line at least {@code lead} from now. */
    public static Instant walkInStart(Instant now, Duration lead, Duration grid, ZoneId zone) {
        return alignUp(now.plus(lead), grid, zone);
    }
}
