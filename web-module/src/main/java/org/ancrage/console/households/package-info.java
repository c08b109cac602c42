/** Console pages of households: the list and the household's file with its measures, contacts, housing and incidents. */
package org.ancrage.console.households;
