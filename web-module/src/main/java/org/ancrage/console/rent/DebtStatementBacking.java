package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.ancrage.console.Downloads;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;
import org.primefaces.model.StreamedContent;

/**
 * The debt statement (décompte) of one account at a date, printed from the household's file: today
 * by default, a past date for an FSL request or a report to the CAF. A refusal is said in the file's
 * message area, as for the month's papers.
 */
@Named
@ViewScoped
public class DebtStatementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private RentService rent;
    @Inject private HouseholdFileBacking file;

    private Long occupancyId;
    private LocalDate asOf;

    /** The dialog, for one account: at today's date. */
    public void prepare(long occupancyId) {
        this.occupancyId = occupancyId;
        this.asOf = AssociationClock.today();
    }

    public StreamedContent download() {
        return file.send(null, () -> Downloads.of(rent.debtStatement(occupancyId, asOf, file.locale())));
    }

    public LocalDate getToday() {
        return AssociationClock.today();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

}
