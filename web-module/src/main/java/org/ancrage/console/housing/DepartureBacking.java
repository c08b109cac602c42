package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.console.rent.RentAccounts;
import org.ancrage.money.Money;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;

/**
 * How an occupancy ends, from the household's file: the household leaves the dwelling (with the
 * state it was left in), or the lease passes to its own name (glissement de bail). The occupancy
 * and the service decide; a refusal stays in the dialog with what was typed.
 */
@Named
@ViewScoped
public class DepartureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private OccupancyService occupancies;
    @EJB private RentService rent;
    @Inject private HouseholdFileBacking file;
    @Inject private RentAccounts accounts;

    private Long occupancyId;
    private long readVersion;
    private LocalDate leftOn;
    private String exitState;
    private LocalDate transferOn;
    private boolean confirming;

    /** Remembers the occupancy as read now, for either dialog: a later change by someone else is a conflict. */
    public void prepare() {
        Occupancy occupancy = file.getOccupancy();
        occupancyId = occupancy.getId();
        readVersion = occupancy.getVersion();
        leftOn = AssociationClock.today();
        exitState = null;
        transferOn = AssociationClock.today();
        confirming = false;
    }

    /** The form is complete: asks to confirm, since the occupancy cannot be reopened. */
    public void review() {
        confirming = true;
    }

    /** Back to the form, to change what was typed. */
    public void back() {
        confirming = false;
    }

    public void leave() {
        confirming = false;
        file.act("leaveForm:messages", () -> {
            Occupancy after = occupancies.leaveDwelling(occupancyId, readVersion, leftOn, exitState);
            accounts.changed();
            file.done(after.isOpen() ? "departure.scheduled.left" : "departure.left");
        });
    }

    public void transfer() {
        confirming = false;
        file.act("transferForm:messages", () -> {
            OccupancyService.LeaseTransfer done = occupancies.transferLease(occupancyId, readVersion, transferOn);
            accounts.changed();
            file.done(done.scheduled().isPresent() ? "departure.scheduled.transferred" : "departure.transferred");
        });
    }

    /** What the household still owes on the account the transfer closes (the dialog warns), zero if nothing. */
    public Money getOwed() {
        RentAccounts.AccountView current = accounts.getCurrent();
        return current == null ? Money.ZERO : rent.accountOf(current.getOccupancyId()).balance();
    }

    public String getOwedText() {
        return accounts.euros(getOwed());
    }

    public boolean isConfirming() {
        return confirming;
    }

    public int getExitStateLength() {
        return Occupancy.EXIT_STATE_LENGTH;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public String getExitState() {
        return exitState;
    }

    public void setExitState(String exitState) {
        this.exitState = exitState;
    }

    public LocalDate getTransferOn() {
        return transferOn;
    }

    public void setTransferOn(LocalDate transferOn) {
        this.transferOn = transferOn;
    }
}
