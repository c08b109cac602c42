/** API keys managed through the API, for administrators. */
package org.ancrage.api.security;
