/** The console's measure list. */
package org.ancrage.console.measures;
