package org.ancrage.measures;

/** How far an objective of the support contract has come. */
public enum Progress {
    NOT_STARTED, IN_PROGRESS, REACHED, ABANDONED
}
