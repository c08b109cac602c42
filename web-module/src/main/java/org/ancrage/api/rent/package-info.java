/** REST resources of rent: calls, payments, account and arrears, repayment plans. */
package org.ancrage.api.rent;
