/** The import page: a file uploaded, its headings mapped, the dry run, the import job followed, the refused rows. */
package org.ancrage.console.imports;
