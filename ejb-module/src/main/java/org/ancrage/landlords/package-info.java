/** Landlords (private or social) who let dwellings to the association or entrust it with them, and the history of exchanges with each. */
package org.ancrage.landlords;
