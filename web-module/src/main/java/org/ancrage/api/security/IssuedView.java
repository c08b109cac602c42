package org.ancrage.api.security;

/** A key just issued, with its secret: the only time it is ever shown. */
public record IssuedView(KeyView key, String secret) {
}
