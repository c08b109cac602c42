package org.ancrage.households;

/**
 * The nationality category of the head of household, as far as a residence permit goes: French
 * and EU/EEA/Swiss nationals need none; others hold a permit or a récépissé.
 */
public enum Nationality {
    FRENCH, EU_EEA_SWISS, OTHER;

    /** Whether a national of this category needs a residence permit to live in France. */
    public boolean needsPermit() {
        return this == OTHER;
    }
}
