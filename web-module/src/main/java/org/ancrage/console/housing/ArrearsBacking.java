package org.ancrage.console.housing;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ancrage.console.Downloads;
import org.ancrage.console.Messages;
import org.ancrage.households.HouseholdService;
import org.ancrage.rent.Arrears;
import org.ancrage.rent.ArrearsAge;
import org.ancrage.rent.RentReminderService;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;
import org.primefaces.model.StreamedContent;

/** Households in arrears on a date, by age of the debt, the largest first; exported to CSV or XLSX. */
@Named
@ViewScoped
public class ArrearsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RentService rent;

    @EJB
    private HouseholdService households;

    @EJB
    private RentReminderService reminders;

    @Inject
    private Messages messages;

    private LocalDate asOf = AssociationClock.today();
    private List<Row> rows;

    /** One line of the list, with the household's name. */
    public record Row(long occupancyId, long householdId, String household, BigDecimal total, BigDecimal upTo30,
            BigDecimal days31To60, BigDecimal days61To90, BigDecimal over90, LocalDate oldestUnpaidSince)
            implements Serializable {
    }

    public List<Row> getRows() {
        if (rows == null) {
            List<RentService.ArrearsLine> lines = rent.arrearsOn(asOf);
            Map<Long, String> names = households.namesOf(lines.stream().map(RentService.ArrearsLine::householdId)
                    .toList());
            rows = lines.stream().map(l -> row(l, names.get(l.householdId()))).toList();
        }
        return rows;
    }

    private static Row row(RentService.ArrearsLine line, String name) {
        Arrears a = line.arrears();
        return new Row(line.occupancyId(), line.householdId(), name, a.total().amount(),
                a.of(ArrearsAge.UP_TO_30_DAYS).amount(), a.of(ArrearsAge.DAYS_31_TO_60).amount(),
                a.of(ArrearsAge.DAYS_61_TO_90).amount(), a.of(ArrearsAge.OVER_90_DAYS).amount(), a.oldestUnpaidSince());
    }

    /** The rent reminder of a line, as firm as its debt is old; a refusal is said above the list. */
    public StreamedContent reminder(long occupancyId) {
        return messages.actFor("arrears:messages", () -> Downloads.of(reminders.reminderLetter(occupancyId,
                FacesContext.getCurrentInstance().getViewRoot().getLocale()))).orElse(null);
    }

    public void refresh() {
        rows = null;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf == null ? AssociationClock.today() : asOf;
    }
}
