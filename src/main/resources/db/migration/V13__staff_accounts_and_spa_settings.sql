-- Staff accounts (issue 10, point 3).
-- A password set by a manager (a first password or a reset) must be changed at the next sign-in.
alter table staff_account add column must_change_password boolean default false not null;
-- When the account last signed in (shown to managers; null: never, or before this column existed).
alter table staff_account add column last_sign_in_at timestamp with time zone;
-- Moves whenever the account is disabled, its role changes or its password is reset or changed:
-- a session signed in under an older stamp is ended at its next request (StaffSessionLifetimeFilter).
alter table staff_account add column session_stamp bigint default 0 not null;

-- Opening hours and booking settings (issue 10, point 4). One row: the spa's own settings,
-- seeded from the environment's values at the first start (they are only defaults since).
create table spa_settings (
    id                          int                      primary key,
    turnover_minutes            int                      not null,
    walk_in_lead_minutes        int                      not null,
    guest_cancel_cutoff_minutes int                      not null,
    updated_at                  timestamp with time zone,
    updated_by                  varchar(60),
    version                     bigint                   not null default 0,
    constraint spa_settings_one_row check (id = 1),
    constraint spa_settings_turnover check (turnover_minutes between 0 and 60),
    constraint spa_settings_walk_in_lead check (walk_in_lead_minutes between 0 and 240),
    constraint spa_settings_cancel_cutoff check (guest_cancel_cutoff_minutes between 0 and 10080)
);

-- One row per open weekday (1 = Monday ... 7 = Sunday); a weekday without a row is closed.
create table spa_opening_hours (
    settings_id int  not null references spa_settings (id),
    day_of_week int  not null,
    opens_at    time not null,
    closes_at   time not null,
    primary key (settings_id, day_of_week),
    constraint spa_opening_hours_day check (day_of_week between 1 and 7),
    constraint spa_opening_hours_order check (closes_at > opens_at)
);

-- Days the spa is closed (holidays), with an optional note for the staff ("Christmas Eve").
create table spa_closed_date (
    settings_id int          not null references spa_settings (id),
    closed_on   date         not null,
    note        varchar(100),
    primary key (settings_id, closed_on)
);
