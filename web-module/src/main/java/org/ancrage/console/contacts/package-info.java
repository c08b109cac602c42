/** The agenda: contacts of a worker or of the service in a calendar, created from it. */
package org.ancrage.console.contacts;
