/** REST resources of rent: calls, payments, account and arrears, repayment plans, security deposits. */
package org.ancrage.api.rent;
