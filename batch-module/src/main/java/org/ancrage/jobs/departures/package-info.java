/** The daily job applying the departures and lease transfers scheduled for a date that has come. */
package org.ancrage.jobs.departures;
