/** The console's system pieces: readiness for ops, version in the footer, language choice. */
package org.ancrage.console.system;
