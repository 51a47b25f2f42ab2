-- PostgreSQL only: the database itself refuses two live bookings or holds that overlap for one
-- therapist or one room, as a second line of defence behind the row locks of BookingService.
-- Ranges are half-open: a booking blocked until 10:00 and one starting at 10:00 do not overlap.
-- A hold that ran out still counts here until it is marked EXPIRED, which every writer does
-- under its locks before inserting (see BookingLocks.expireStaleHolds).
create extension if not exists btree_gist;

alter table booking add constraint booking_therapist_no_overlap
    exclude using gist (therapist_id with =, tstzrange(starts_at, blocked_until, '[)') with &&)
    where (status in ('HELD', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS'));

alter table booking add constraint booking_room_no_overlap
    exclude using gist (room_id with =, tstzrange(starts_at, blocked_until, '[)') with &&)
    where (status in ('HELD', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS'));
