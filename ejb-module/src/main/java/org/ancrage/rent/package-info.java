/**
 * Rent of the households placed: one call per occupancy and month (rent and charges less the
 * housing benefit), payments, the running balance, arrears by age, and repayment plans.
 */
package org.ancrage.rent;
