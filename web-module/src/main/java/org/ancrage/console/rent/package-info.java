/** The console's rent follow-up on the household's file: repayment plans, the security deposit. */
package org.ancrage.console.rent;
