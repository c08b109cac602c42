/** The batch jobs page: executions with their progress, start and restart. */
package org.ancrage.console.jobs;
