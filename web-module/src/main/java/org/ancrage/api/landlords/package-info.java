/** REST resources of the landlords component. */
package org.ancrage.api.landlords;
