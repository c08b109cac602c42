/** Staff accounts and API keys as the API shows them to administrators: accounts listed, created, edited,
 * reset, unlocked and closed; keys issued, listed and revoked. */
package org.ancrage.api.security;
