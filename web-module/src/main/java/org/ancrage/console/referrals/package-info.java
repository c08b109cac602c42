/** The waiting list of a programme: receiving a referral, admitting or refusing it. */
package org.ancrage.console.referrals;
