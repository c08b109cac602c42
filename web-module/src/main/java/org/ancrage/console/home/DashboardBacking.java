package org.ancrage.console.home;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.households.HouseholdService;
import org.ancrage.housing.CapacityFigures;
import org.ancrage.housing.CapacityService;
import org.ancrage.housing.HousingService;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.mediation.MediationService;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.referrals.ReferralService;
import org.ancrage.rent.ArrearsAge;
import org.ancrage.rent.RentService;

/**
 * What each role sees first on the home page: a worker's caseload with its next deadlines, the
 * coordinator's waiting referrals and capacity, the rental manager's arrears, incidents and
 * insurance gaps. Each figure comes from the services, within the caller's need to know.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int INSURANCE_NOTICE_DAYS = 30;

    @EJB private MeasureService measures;
    @EJB private HouseholdService households;
    @EJB private ReferralService referrals;
    @EJB private ProgrammeService programmes;
    @EJB private CapacityService capacity;
    @EJB private RentService rent;
    @EJB private MediationService mediation;
    @EJB private HousingService housing;
    @Inject private CurrentUser user;

    /** One line of a caseload. */
    public record CaseloadLine(long householdId, String household, String programme, LocalDate periodEnd,
            LocalDate evaluationDue) implements Serializable {
    }

    /** Waiting referrals of one programme. */
    public record Waiting(String programme, long referrals) implements Serializable {
    }

    private List<CaseloadLine> caseload;
    private List<Waiting> waiting;
    private List<CapacityFigures> capacityFigures;
    private Map<ArrearsAge, BigDecimal> arrearsByAge;

    public List<CaseloadLine> getCaseload() {
        if (caseload == null) {
            List<Measure> open = measures.caseload(user.getAccountId());
            Map<Long, String> names = households.namesOf(open.stream().map(Measure::getHouseholdId).toList());
            caseload = open.stream().map(m -> new CaseloadLine(m.getHouseholdId(), names.get(m.getHouseholdId()),
                    m.getProgramme().getName(), m.currentPeriodEnd().orElse(null), m.evaluationDue().orElse(null))).toList();
        }
        return caseload;
    }

    public List<Waiting> getWaiting() {
        if (waiting == null) {
            Map<Long, String> names = programmes.programmeNames();
            waiting = referrals.waitingCounts().entrySet().stream()
                    .map(e -> new Waiting(names.get(e.getKey()), e.getValue())).toList();
        }
        return waiting;
    }

    public List<CapacityFigures> getCapacity() {
        if (capacityFigures == null) {
            capacityFigures = capacity.capacityOn(LocalDate.now()).stream()
                    .filter(f -> f.financedPlaces() > 0 || f.occupiedPlaces() > 0).toList();
        }
        return capacityFigures;
    }

    /** Arrears of every occupancy within reach, summed by age. */
    public Map<ArrearsAge, BigDecimal> getArrearsByAge() {
        if (arrearsByAge == null) {
            arrearsByAge = new EnumMap<>(ArrearsAge.class);
            for (ArrearsAge age : ArrearsAge.values()) {
                arrearsByAge.put(age, BigDecimal.ZERO);
            }
            rent.arrearsOn(LocalDate.now()).forEach(line -> line.arrears().byAge()
                    .forEach((age, money) -> arrearsByAge.merge(age, money.amount(), BigDecimal::add)));
        }
        return arrearsByAge;
    }

    public List<ArrearsAge> getArrearsAges() {
        return List.of(ArrearsAge.values());
    }

    public int getOpenIncidents() {
        return (int) mediation.countOpenIncidents(null);
    }

    public int getInsuranceGaps() {
        return housing.insuranceExpiringBy(LocalDate.now().plusDays(INSURANCE_NOTICE_DAYS)).size();
    }
}
