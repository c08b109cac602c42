package org.ancrage.rent;

import java.time.YearMonth;

/** The occupancy already has its rent call for that month: a call is never issued twice. */
public class RentCallAlreadyIssued extends RentRefused {

    public RentCallAlreadyIssued(YearMonth month) {
        super("rent.call.alreadyIssued", month.toString());
    }
}
