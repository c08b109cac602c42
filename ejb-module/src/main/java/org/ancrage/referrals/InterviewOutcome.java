package org.ancrage.referrals;

/** What the admission interview concluded; the admission or refusal itself is decided after it. */
public enum InterviewOutcome {
    FAVOURABLE, RESERVED, UNFAVOURABLE
}
