/** REST resources of incidents and their mediation. */
package org.ancrage.api.mediation;
