/**
 * The API's front door, before any resource: which requests are the API's whatever the URL's
 * spelling, who calls (HTTP Basic, API keys — never the console's session), what a write must
 * carry, and errors as JSON even when no resource was reached.
 */
package org.ancrage.api.door;
