/** Households and their members: identity, composition, resources, residence status; search and duplicates. */
package org.ancrage.households;
