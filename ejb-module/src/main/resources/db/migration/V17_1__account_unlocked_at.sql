-- Logins are throttled from the login events (per user name and address); an administrator who
-- unlocks an account makes the failures before that moment stop counting.
ALTER TABLE user_account ADD COLUMN unlocked_at timestamp with time zone;
