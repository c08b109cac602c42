/** The console's measure list and the actions on a measure: suspend, change referent, end with its reason and outcome. */
package org.ancrage.console.measures;
