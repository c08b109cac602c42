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
import org.ancrage.housing.InsuranceService;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureFilter;
import org.ancrage.measures.MeasureService;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.mediation.MediationService;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.referrals.ReferralService;
import org.ancrage.reporting.ServiceFigures;
import org.ancrage.reporting.StatisticsService;
import org.ancrage.rent.ArrearsAge;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;

/**
 * What each role sees first on the home page: a worker's caseload with its next deadlines, the
 * coordinator's waiting referrals and capacity, the rental manager's arrears, incidents and
 * insurance gaps, the director's activity per service and programme. Each figure comes from the services, within the caller's need to know.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int INSURANCE_NOTICE_DAYS = 30;
    private static final int PERIOD_NOTICE_DAYS = 60;

    @EJB private MeasureService measures;
    @EJB private HouseholdService households;
    @EJB private ReferralService referrals;
    @EJB private ProgrammeService programmes;
    @EJB private CapacityService capacity;
    @EJB private RentService rent;
    @EJB private MediationService mediation;
    @EJB private InsuranceService insurance;
    @EJB private StatisticsService statistics;
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
    private List<ServiceFigures> serviceFigures;
    private Long periodsEnding;

    private static final String[] PALETTE = {"rgba(43, 108, 176, 0.85)", "rgba(221, 107, 32, 0.85)",
        "rgba(47, 133, 90, 0.85)", "rgba(128, 90, 213, 0.85)", "rgba(197, 48, 48, 0.85)", "rgba(49, 151, 149, 0.85)",
        "rgba(183, 121, 31, 0.85)", "rgba(74, 85, 104, 0.85)", "rgba(213, 63, 140, 0.85)", "rgba(56, 161, 105, 0.6)"};

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
            capacityFigures = capacity.capacityOn(AssociationClock.today()).stream()
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
            rent.arrearsOn(AssociationClock.today()).forEach(line -> line.arrears().byAge()
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
        return insurance.insuranceExpiringBy(AssociationClock.today().plusDays(INSURANCE_NOTICE_DAYS)).size();
    }

    /** How far ahead the coordinator looks at periods ending, in days. */
    public int getPeriodsEndingDays() {
        return PERIOD_NOTICE_DAYS;
    }

    /** The last day of that look ahead, as the measure list's {@code endingBy} parameter. */
    public String getPeriodsEndingBy() {
        return AssociationClock.today().plusDays(PERIOD_NOTICE_DAYS).toString();
    }

    /** Open measures of the caller's reach whose current period ends within the look ahead. */
    public long getPeriodsEnding() {
        if (periodsEnding == null) {
            periodsEnding = measures.countMeasures(new MeasureFilter(null, null, MeasureStatus.OPEN, null, null,
                    AssociationClock.today().plusDays(PERIOD_NOTICE_DAYS)));
        }
        return periodsEnding;
    }

    /** The director's figures: each service's activity per programme, today. */
    public List<ServiceFigures> getServiceFigures() {
        if (serviceFigures == null) {
            serviceFigures = statistics.keyFigures(AssociationClock.today());
        }
        return serviceFigures;
    }

    /** Open measures per service, one stacked bar per service and one colour per programme. */
    public BarChartModel getServiceChart() {
        List<String> services = getServiceFigures().stream().map(ServiceFigures::serviceUnit).distinct().toList();
        List<String> programmeNames = getServiceFigures().stream().map(ServiceFigures::programme).distinct().sorted()
                .toList();
        ChartData data = new ChartData();
        for (int i = 0; i < programmeNames.size(); i++) {
            String programme = programmeNames.get(i);
            BarChartDataSet set = new BarChartDataSet();
            set.setLabel(programme);
            set.setBackgroundColor(PALETTE[i % PALETTE.length]);
            set.setData(services.stream().map(service -> (Object) getServiceFigures().stream()
                    .filter(f -> f.serviceUnit().equals(service) && f.programme().equals(programme))
                    .mapToLong(ServiceFigures::openMeasures).sum()).toList());
            data.addChartDataSet(set);
        }
        data.setLabels(services);
        BarChartModel model = new BarChartModel();
        model.setData(data);
        BarChartOptions options = new BarChartOptions();
        CartesianScales scales = new CartesianScales();
        CartesianLinearAxes x = new CartesianLinearAxes();
        x.setStacked(true);
        CartesianLinearAxes y = new CartesianLinearAxes();
        y.setStacked(true);
        y.setBeginAtZero(true);
        scales.addXAxesData(x);
        scales.addYAxesData(y);
        options.setScales(scales);
        model.setOptions(options);
        return model;
    }
}
