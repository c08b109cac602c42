/** REST resources of the organisation component: the association's services. */
package org.ancrage.api.organisation;
