/**
 * Imports of an association's own files (CSV or XLSX): reading the table, mapping its headings to
 * Ancrage's fields, the dry run, and the import of households and their members, idempotent on
 * the file's own identifiers.
 */
package org.ancrage.imports;
