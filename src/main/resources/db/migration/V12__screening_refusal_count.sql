-- Demand that screening turned away (issue 10, point 5): anonymous daily counts, never a guest,
-- an answer or a time finer than the day. One row per day (on_day), kind, question, target and channel;
-- a refusal adds one to its row. Kind BLOCKED: a "yes" to question_code ruled out the treatment or
-- add-on target_code. Kind NO_CONSENT: a guest said "yes" but did not agree that we keep it, and
-- was sent to the desk (question and target are then empty: what the guest answered is not kept).
-- Empty strings, not NULLs, so that the primary key is the referee for the upsert.
create table screening_refusal_count (
    on_day        date        not null,
    kind          varchar(12) not null check (kind in ('BLOCKED', 'NO_CONSENT')),
    question_code varchar(40) not null,
    target_kind   varchar(10) not null check (target_kind in ('TREATMENT', 'ADD_ON', '')),
    target_code   varchar(40) not null,
    channel       varchar(10) not null,
    refusals      int         not null check (refusals > 0),
    primary key (on_day, kind, question_code, target_kind, target_code, channel)
);
