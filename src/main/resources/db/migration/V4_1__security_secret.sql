-- Issue 7: throttle keys and security log lines carry HMAC pseudonyms, never usernames or
-- addresses. The HMAC key comes from SPA_THROTTLE_SECRET or, when that is not set, is generated
-- once into this table so that every app instance on the database agrees (decision 0010).
-- (Version 4.1, not 5: migrations of parallel work on issue 7 may take 4.)
create table security_secret (
    name   varchar(60)  primary key,
    secret varchar(200) not null
);

-- The old rows held usernames and client addresses in clear; counters may start over.
delete from login_throttle;
