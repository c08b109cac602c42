/** The console's side of security: login form and mechanism, identity store, security headers. */
package org.ancrage.console.security;
