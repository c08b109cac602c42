-- The association's services (antennes) and the staff who log in.

CREATE SEQUENCE service_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_unit (
    id        bigint PRIMARY KEY,
    code      varchar(20)  NOT NULL UNIQUE,
    name      varchar(120) NOT NULL,
    active    boolean      NOT NULL DEFAULT true,
    version   bigint       NOT NULL DEFAULT 0
);

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE user_account (
    id                    bigint PRIMARY KEY,
    username              varchar(64)  NOT NULL,
    display_name          varchar(120) NOT NULL,
    email                 varchar(254),
    password_hash         varchar(256) NOT NULL,
    service_unit_id       bigint REFERENCES service_unit (id),
    active                boolean      NOT NULL DEFAULT true,
    failed_logins         integer      NOT NULL DEFAULT 0,
    first_failed_login_at timestamptz,
    locked_until          timestamptz,
    last_login_at         timestamptz,
    email_alerts          boolean      NOT NULL DEFAULT false,
    preferred_locale      varchar(8),
    version               bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX user_account_username_uk ON user_account (lower(username));

CREATE TABLE user_role (
    user_account_id bigint      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role            varchar(32) NOT NULL,
    PRIMARY KEY (user_account_id, role)
);
