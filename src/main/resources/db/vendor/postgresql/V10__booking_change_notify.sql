-- PostgreSQL only: every change to a booking row (insert, update, delete; by the services, a
-- bulk update such as the hold sweep, or by hand) sends a notification on channel
-- 'booking_changed' from inside its own transaction. PostgreSQL delivers it only when that
-- transaction commits (never on rollback), to every instance LISTENing on the channel, which
-- then redraws the open desks showing the day (decision 0013). The payload is the booking's
-- time as "start,end" in epoch seconds: each instance turns it into days in the spa's zone.
-- Identical notifications within one transaction are delivered once.
create or replace function booking_changed_notify() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform pg_notify('booking_changed',
            extract(epoch from new.starts_at)::bigint || ',' || extract(epoch from new.ends_at)::bigint);
    end if;
    if tg_op = 'DELETE' or (tg_op = 'UPDATE'
            and (old.starts_at, old.ends_at) is distinct from (new.starts_at, new.ends_at)) then
        perform pg_notify('booking_changed',
            extract(epoch from old.starts_at)::bigint || ',' || extract(epoch from old.ends_at)::bigint);
    end if;
    return null;
end
$$;

create trigger booking_changed_notify
    after insert or update or delete on booking
    for each row execute function booking_changed_notify();
