-- An administrator's password reset gives a temporary password, to be changed at the next login.
ALTER TABLE user_account ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
