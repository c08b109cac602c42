/** Exact amounts of money (euros to the cent) and how they are stored. */
package org.ancrage.money;
