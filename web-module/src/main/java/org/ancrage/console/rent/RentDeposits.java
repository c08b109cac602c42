package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ancrage.rent.DepositService;

/**
 * The security deposit of each account shown on the household's file, read once per request; an
 * action that changes one says so ({@link #changed()}).
 */
@Named
@RequestScoped
public class RentDeposits {

    @EJB private DepositService deposits;

    private final Map<Long, Optional<DepositService.DepositView>> read = new HashMap<>();

    /** The deposit of an occupancy, or null when none was received. */
    public DepositService.DepositView of(long occupancyId) {
        return read.computeIfAbsent(occupancyId, deposits::depositOf).orElse(null);
    }

    /** A deposit was changed by an action of this request: read again when next shown. */
    public void changed() {
        read.clear();
    }
}
