/** Demo data for the quick start; never loaded unless the domain says ancrage.demo-data=true. */
package org.ancrage.demo;
