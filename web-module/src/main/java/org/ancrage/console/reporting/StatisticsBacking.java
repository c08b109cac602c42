package org.ancrage.console.reporting;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ancrage.console.Messages;
import org.ancrage.jobs.JobControl;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.reporting.ActivityReportPdf;
import org.ancrage.reporting.ActivityReportXlsx;
import org.ancrage.reporting.Indicators;
import org.ancrage.reporting.ReportChoice;
import org.ancrage.reporting.StatisticsService;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.DomainMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;

/**
 * The statistics of a year, this one or any past one: figures per programme, the ends by reason, a
 * chart, the report to download, and a new computation of the year typed, shown once the job is done.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StatisticsService statistics;

    @EJB
    private ProgrammeService programmes;

    @EJB
    private JobControl jobs;

    @EJB
    private NeedToKnow needToKnow;

    @EJB
    private OrganisationService organisation;

    @Inject
    private Messages messages;

    @Inject
    private org.ancrage.console.Formats fmt;

    private int year = AssociationClock.thisYear();
    private List<Indicators> snapshots;
    /** The year whose snapshots the page shows (the field may already hold another, typed). */
    private int shownYear;
    private Map<Long, String> names;
    private java.util.Optional<String> funderScope;
    /** What the report covers besides the year (ReportChoice): a service, a funder, chosen programmes. */
    private Long serviceUnitId;
    private String funder;
    private List<Long> programmeIds = List.of();
    private boolean withoutActivity;
    /** The statistics job started here and not yet finished, with the year it computes. */
    private Long computing;
    private int computedYear;

    /** A line of the ends by reason: a programme, a reason in words, its count ("< 5" when masked). */
    public record EndsByReason(String programme, String reason, String ends) implements Serializable {
    }

    public List<Indicators> getSnapshots() {
        if (snapshots == null) {
            snapshots = statistics.report(new ReportChoice(year, serviceUnitId, funder, Set.copyOf(programmeIds),
                    withoutActivity));
            shownYear = year;
        }
        return snapshots;
    }

    /** For a funder-viewer, the funder whose programmes it reads ("" when its account is tied to none); else null. */
    public String getFunderScope() {
        if (funderScope == null) {
            funderScope = needToKnow.fundersProgrammes();
        }
        return funderScope.orElse(null);
    }

    /** The services a staff member may choose (a funder reads the association's figures only). */
    public List<ServiceUnit> getServiceUnits() {
        return organisation.listServiceUnits();
    }

    public List<String> getFunders() {
        return programmes.funders();
    }

    /** The programmes the association runs, to choose some. */
    public List<org.ancrage.programmes.Programme> getProgrammeChoices() {
        return programmes.programmesRun();
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public void setServiceUnitId(Long serviceUnitId) {
        this.serviceUnitId = serviceUnitId;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public List<Long> getProgrammeIds() {
        return programmeIds;
    }

    public void setProgrammeIds(List<Long> programmeIds) {
        this.programmeIds = programmeIds == null ? List.of() : programmeIds;
    }

    public boolean isWithoutActivity() {
        return withoutActivity;
    }

    public void setWithoutActivity(boolean withoutActivity) {
        this.withoutActivity = withoutActivity;
    }

    public String name(long programmeId) {
        return names().getOrDefault(programmeId, "#" + programmeId);
    }

    /** Month-measures and households followed per programme, as bars. */
    public BarChartModel getChart() {
        BarChartModel model = new BarChartModel();
        ChartData data = new ChartData();
        BarChartDataSet months = new BarChartDataSet();
        months.setLabel(label("report.figure.monthMeasures"));
        months.setData(getSnapshots().stream().map(s -> (Object) s.figures().get(Indicators.FIGURES.indexOf("monthMeasures"))).toList());
        months.setBackgroundColor("rgba(43, 108, 176, 0.8)");
        BarChartDataSet households = new BarChartDataSet();
        households.setLabel(label("report.figure.householdsFollowed"));
        households.setData(getSnapshots().stream().map(s -> (Object) s.figures().get(Indicators.FIGURES.indexOf("householdsFollowed"))).toList());
        households.setBackgroundColor("rgba(221, 107, 32, 0.8)");
        data.addChartDataSet(months);
        data.addChartDataSet(households);
        data.setLabels(getSnapshots().stream().map(s -> name(s.programmeId())).toList());
        model.setData(data);
        return model;
    }

    /** Each programme's ends of the year by reason, in the order the snapshot keeps them (the reasons' order). */
    public List<EndsByReason> getEndsByReason() {
        return getSnapshots().stream().flatMap(s -> s.endReasons().entrySet().stream()
                .map(e -> new EndsByReason(name(s.programmeId()), label("report.endReason." + e.getKey()),
                        e.getValue() == null ? Indicators.cell(null) : fmt.number(e.getValue(), 0)))).toList();
    }

    /** Computes the year typed (a past one as well) by the statistics job; the page shows it once done. */
    public void compute() {
        messages.act("statistics:messages", () -> {
            long execution = jobs.startStatistics(year);
            computing = execution;
            computedYear = year;
            snapshots = null;
            messages.info("statistics:messages", "statistics.started", execution);
        });
    }

    /**
     * Polled while the job started here runs: once it is done, the page reads the year's new snapshots
     * and the form is drawn again, once (until then the poll redraws nothing).
     */
    public void watch() {
        if (computing == null) {
            return;
        }
        BatchStatus status = jobs.execution(computing).status();
        if (status == BatchStatus.COMPLETED) {
            year = computedYear;
            snapshots = null;
            messages.info("statistics:messages", "statistics.computed", computedYear);
            computing = null;
        } else if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.ABANDONED) {
            messages.error("statistics:messages", "statistics.computeFailed", computedYear, computing);
            computing = null;
        }
        if (computing == null) {
            PrimeFaces.current().ajax().update("statistics");
        }
    }

    public int getShownYear() {
        getSnapshots();
        return shownYear;
    }

    public boolean isComputing() {
        return computing != null;
    }

    public void show() {
        snapshots = null;
    }

    public StreamedContent getPdf() {
        byte[] pdf = ActivityReportPdf.render(year, getSnapshots(), names(), locale());
        return DefaultStreamedContent.builder().name("rapport-activite-" + year + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public StreamedContent getXlsx() {
        byte[] xlsx = ActivityReportXlsx.render(year, getSnapshots(), names(), locale());
        return DefaultStreamedContent.builder().name("rapport-activite-" + year + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    /** A figure of the table: the value, or how a funder's masked figure reads ("< 5", "masqué"). */
    public String figure(Indicators indicators, String figure) {
        Number value = indicators.figures().get(Indicators.FIGURES.indexOf(figure));
        return indicators.isMasked(figure) || value == null ? indicators.figureText(figure, label("report.masked"))
                : fmt.number(value, figure.equals("averageDurationMonths") || figure.equals("occupancyRate") ? 1 : 0);
    }

    /** A report text (figure names, distribution labels) in the page's language. */
    public String label(String key) {
        return DomainMessages.text(key, locale());
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private Map<Long, String> names() {
        if (names == null) {
            names = programmes.programmeNames();
        }
        return names;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
