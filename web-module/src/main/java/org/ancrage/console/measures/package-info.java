/** Console actions on a measure taken from the household's file: ending it with its reason and outcome. */
package org.ancrage.console.measures;
