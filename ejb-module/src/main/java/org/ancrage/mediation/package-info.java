/**
 * Incidents in a placement (unpaid rent, neighbour disturbance, technical fault, damage, missing
 * insurance…) and the association's mediation between landlord, neighbours and household.
 */
package org.ancrage.mediation;
