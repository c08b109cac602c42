package org.ancrage.imports;

/** What the import of a household does, or would do in a dry run. */
public enum ImportOutcome {
    CREATE, UPDATE, UNCHANGED, REFUSED
}
