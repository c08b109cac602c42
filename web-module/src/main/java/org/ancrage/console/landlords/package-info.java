/** The console's landlord list, with the landlord's details and exchanges. */
package org.ancrage.console.landlords;
