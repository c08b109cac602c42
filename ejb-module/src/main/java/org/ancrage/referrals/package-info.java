/** Referrals (orientations) and admission: the waiting list, eligibility, the decision. */
package org.ancrage.referrals;
