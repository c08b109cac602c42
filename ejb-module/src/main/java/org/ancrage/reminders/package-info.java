/**
 * Deadline reminders (docs/domain.md, "Deadlines Ancrage watches"): what each measure's deadlines
 * are on a day, and the alerts they raise for the referent worker and, once late, the
 * coordinators of the service. Alerts are raised by the daily batch job, at most once per
 * deadline and recipient.
 */
package org.ancrage.reminders;
