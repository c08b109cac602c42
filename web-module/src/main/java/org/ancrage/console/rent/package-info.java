/** The console's rent follow-up on the household's file: repayment plans. */
package org.ancrage.console.rent;
