/** The statistics page: the indicators of a year with their charts, the activity report for funders. */
package org.ancrage.console.reporting;
