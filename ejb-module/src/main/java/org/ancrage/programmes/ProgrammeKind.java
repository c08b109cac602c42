package org.ancrage.programmes;

/** The families of housing-support programmes (dispositifs) the seeds describe. */
public enum ProgrammeKind {
    IML_SUBLEASE, IML_MANAGEMENT_MANDATE, ASLL, AVDL, CAF_SIMPLE, CAF_REINFORCED, OTHER
}
