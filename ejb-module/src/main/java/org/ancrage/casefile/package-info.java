/**
 * The household file read whole: its measures, contacts, incidents, dwelling, rent account,
 * insurance and repayment plans, gathered from the components that own them in one transaction.
 * Nothing depends on this package; it depends on the components it reads.
 */
package org.ancrage.casefile;
