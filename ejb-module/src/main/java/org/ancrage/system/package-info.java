/**
 * What every component stands on: the schema migrations run at start-up, the system's health,
 * and the domain exception that carries a translatable reason.
 */
package org.ancrage.system;
