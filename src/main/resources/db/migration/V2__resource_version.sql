-- A counter that every change to therapists, shifts, rooms, equipment or the menu increments in
-- its own transaction. App instances cache those slowly changing resources and reload them when
-- the counter moves, so a slot search reads only this counter, the bookings and the time off.
create table resource_version (
    id      int    primary key,
    version bigint not null
);
insert into resource_version (id, version) values (1, 0);
