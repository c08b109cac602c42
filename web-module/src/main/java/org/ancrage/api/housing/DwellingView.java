package org.ancrage.api.housing;

import java.math.BigDecimal;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingSize;
import org.ancrage.housing.DwellingState;

public record DwellingView(Long id, Long landlordId, Long serviceUnitId, String address, String postcode,
        String city, DwellingSize size, BigDecimal surface, Integer floor, boolean lift, boolean stepFree,
        BigDecimal rent, BigDecimal charges, Long programmeId, int places, DwellingState state, long version) {
    static DwellingView of(Dwelling d) {
        return new DwellingView(d.getId(), d.getLandlordId(), d.getServiceUnitId(), d.getAddress(),
                d.getPostcode(), d.getCity(), d.getSize(), d.getSurface(), d.getFloor(), d.isLift(),
                d.isStepFree(), d.getRent().amount(), d.getCharges().amount(), d.getProgrammeId(), d.getPlaces(),
                d.getState(), d.getVersion());
    }
}
