/** Console pages of incidents and mediation: a household's incidents on its file, and the open incidents list. */
package org.ancrage.console.mediation;
