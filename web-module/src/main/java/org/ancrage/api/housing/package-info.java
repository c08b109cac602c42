/** REST resources of the housing component: dwellings and their contracts, occupancies, insurance, capacity. */
package org.ancrage.api.housing;
