/** Support measures: periods, renewals and derogations, evaluations, referents, end and housing outcome. */
package org.ancrage.measures;
