/** Console pages of the housing stock and rent: dwellings (list and file, with their contracts) and arrears. */
package org.ancrage.console.housing;
