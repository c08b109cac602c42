/** The administrator's personal-data pages: audit trail, retention periods and runs, subject access. */
package org.ancrage.console.privacy;
