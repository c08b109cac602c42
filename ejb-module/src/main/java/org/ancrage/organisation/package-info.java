/** The association itself: its services (antennes), which follow households and employ staff. */
package org.ancrage.organisation;
