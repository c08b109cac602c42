/** Console pages of the housing stock and rent: dwellings and arrears. */
package org.ancrage.console.housing;
