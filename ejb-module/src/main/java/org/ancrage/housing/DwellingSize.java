package org.ancrage.housing;

/** Type of dwelling by number of main rooms: T1 (studio) to T6. */
public enum DwellingSize {
    T1, T2, T3, T4, T5, T6
}
