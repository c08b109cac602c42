-- Logins as events, not as updates of the account: every attempt (success or failure, from which
-- address, through which door) is a row; the throttle counts them per (user name, address) and per
-- address. The account's own counters (failed_logins, locked_until, last_login_at) are no longer
-- written, so a login never bumps the account's version.
CREATE SEQUENCE login_event_seq START WITH 100 INCREMENT BY 100;
CREATE TABLE login_event (
    id         bigint PRIMARY KEY,
    at         timestamptz NOT NULL,
    username   varchar(64) NOT NULL,
    account_id bigint REFERENCES user_account (id) ON DELETE SET NULL,
    address    varchar(64) NOT NULL,
    door       varchar(16) NOT NULL,
    success    boolean     NOT NULL
);
CREATE INDEX login_event_user_address_idx ON login_event (username, address, at);
CREATE INDEX login_event_address_idx ON login_event (address, at) WHERE NOT success;
CREATE INDEX login_event_account_idx ON login_event (account_id, at);

-- The security stamp: renewed when the password changes or the account is closed or locked; a
-- session or a cached credential made under another stamp is over.
ALTER TABLE user_account ADD COLUMN security_stamp varchar(36) NOT NULL DEFAULT gen_random_uuid()::text;

-- API keys for the association's other systems: a high-entropy secret shown once, kept as its
-- SHA-256; one role, one service, an expiry; revocable. last_used_at is written at most once a
-- minute, without touching the version.
CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_key (
    id              bigint PRIMARY KEY,
    name            varchar(80)  NOT NULL,
    secret_hash     char(64)     NOT NULL,
    secret_prefix   varchar(16)  NOT NULL,
    role            varchar(32)  NOT NULL,
    service_unit_id bigint REFERENCES service_unit (id),
    expires_at      timestamptz  NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(64)  NOT NULL,
    revoked_at      timestamptz,
    revoked_by      varchar(64),
    last_used_at    timestamptz,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX api_key_secret_hash_uk ON api_key (secret_hash);
