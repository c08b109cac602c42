/**
 * Personal-data protection: the append-only audit trail of every read and change of a person's
 * file; retention and subject access come here too.
 */
package org.ancrage.privacy;
