/** The programme catalogue (dispositifs): rules as data, and the templates from the associations' own pages. */
package org.ancrage.programmes;
