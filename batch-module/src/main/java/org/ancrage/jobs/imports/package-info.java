/** The job importing households and their members from a file prepared by a person allowed to (imports.ImportService). */
package org.ancrage.jobs.imports;
