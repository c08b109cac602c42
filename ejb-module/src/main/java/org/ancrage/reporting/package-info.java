/**
 * Statistics and funder reports (docs/domain.md, "Statistics and their definitions"): the indicators of a programme for a
 * year, per service or for the whole association, computed by set-based SQL, kept as snapshots by
 * the monthly job, and rendered as an activity report.
 */
package org.ancrage.reporting;
