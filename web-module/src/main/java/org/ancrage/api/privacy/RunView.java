package org.ancrage.api.privacy;

public record RunView(long executionId) {
}
