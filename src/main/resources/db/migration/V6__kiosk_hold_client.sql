-- Which client (a kiosk's address, hashed) placed a hold: live holds per client are capped.
alter table booking add column hold_client varchar(64);
create index booking_live_hold_client on booking (hold_client, status);

-- One row per client that ever held a slot: locked while its holds are counted and placed,
-- so that parallel requests from one client are taken one at a time.
create table hold_client_gate (
    client_key varchar(64) primary key
);
