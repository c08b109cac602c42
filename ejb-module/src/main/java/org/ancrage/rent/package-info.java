/**
 * Rent of the households placed: one call per occupancy and month (rent and charges less the
 * housing benefit), payments, the running balance, arrears by age, repayment plans,
 * and the security deposit of an occupancy (received, deductions, returned with the late penalty).
 */
package org.ancrage.rent;
