/**
 * Retention: how long each category of personal data is kept, and the job's run that anonymises
 * closed files past it (a dry run first) while the statistics stay exact. Above privacy and
 * documents, which it uses; nothing below depends on it.
 */
package org.ancrage.retention;
