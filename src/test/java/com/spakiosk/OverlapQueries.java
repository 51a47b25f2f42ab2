package com.spakiosk;

/**
 * The referee's own check, in plain SQL: pairs of live bookings or holds that overlap for a
 * therapist or a room, and equipment used beyond its count. Both must always be zero.
 */
public final class OverlapQueries {

    private static final String LIVE = "('HELD', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS')";

    public static final String OVERLAPPING_PAIRS = """
            select count(*) from booking a join booking b on a.id < b.id
             and (a.therapist_id = b.therapist_id or a.room_id = b.room_id)
             and a.starts_at < b.blocked_until and b.starts_at < a.blocked_until
             where a.status in %s and b.status in %s""".formatted(LIVE, LIVE);

    /** Uses whose start moment sees more units in use than exist (the peak is always at some use's start). */
    public static final String OVERBOOKED_EQUIPMENT = """
            select count(*) from booking_equipment u
             join booking ub on ub.id = u.booking_id and ub.status in %s
             join equipment_type e on e.id = u.equipment_type_id
             where (select count(*) from booking_equipment o join booking ob on ob.id = o.booking_id and ob.status in %s
                     where o.equipment_type_id = u.equipment_type_id
                       and o.starts_at <= u.starts_at and u.starts_at < o.ends_at) > e.quantity""".formatted(LIVE, LIVE);

    private OverlapQueries() {
    }
}
