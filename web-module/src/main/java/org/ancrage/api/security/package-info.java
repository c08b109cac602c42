/** Staff accounts as the API shows them to administrators: list, create, edit, reset, unlock, close. */
package org.ancrage.api.security;
