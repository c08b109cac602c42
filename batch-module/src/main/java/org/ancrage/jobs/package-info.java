/** Batch jobs (deadline reminders, statistics, rent calls, retention) and what the console shows of them. */
package org.ancrage.jobs;
