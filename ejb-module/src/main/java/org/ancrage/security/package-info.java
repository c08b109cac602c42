/**
 * Staff accounts, roles and the login check: PBKDF2 hashes, throttling, the first administrator.
 * The identity store of the console (web module) calls {@link org.ancrage.security.AccountService}.
 */
package org.ancrage.security;
