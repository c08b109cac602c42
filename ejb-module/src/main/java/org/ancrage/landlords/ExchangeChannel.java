package org.ancrage.landlords;

/** How an exchange with a landlord took place. */
public enum ExchangeChannel {
    PHONE, EMAIL, LETTER, MEETING, VISIT
}
