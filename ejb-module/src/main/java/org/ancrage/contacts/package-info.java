/** Contacts with households (visits, appointments, calls…) and the cadence each programme asks for. */
package org.ancrage.contacts;
