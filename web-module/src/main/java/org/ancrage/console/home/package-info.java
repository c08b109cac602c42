/** The home page of each role. */
package org.ancrage.console.home;
