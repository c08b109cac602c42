package org.ancrage.console.measures;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ancrage.console.ListSort;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.measures.MeasureFilter;
import org.ancrage.measures.MeasureOrder;
import org.ancrage.measures.MeasureRow;
import org.ancrage.measures.MeasureService;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The measures the caller may see, one sorted page at a time, narrowed by the search form. */
@Named
@ViewScoped
public class MeasureListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeasureService measures;

    @EJB
    private ProgrammeService programmes;

    @Inject
    private CurrentUser user;

    private String name;
    private Long programmeId;
    private MeasureStatus status = MeasureStatus.OPEN;
    private boolean mine;
    private LocalDate periodEndingBy;
    private List<Programme> programmeChoices;

    private final LazyDataModel<MeasureRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) measures.countMeasures(filter());
        }

        @Override
        public List<MeasureRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ListSort<MeasureOrder> sort = ListSort.of(sortBy, MeasureOrder.class, MeasureOrder.REFERENCE);
            return measures.searchMeasures(filter(), sort.order(), sort.descending(), first, pageSize);
        }

        @Override
        public String getRowKey(MeasureRow row) {
            return String.valueOf(row.id());
        }
    };

    private MeasureFilter filter() {
        return new MeasureFilter(name, programmeId, status, null, mine ? user.getAccountId() : null, periodEndingBy);
    }

    public LazyDataModel<MeasureRow> getModel() {
        return model;
    }

    public List<Programme> getProgrammes() {
        if (programmeChoices == null) {
            programmeChoices = programmes.listProgrammes();
        }
        return programmeChoices;
    }

    public List<MeasureStatus> getStatuses() {
        return List.of(MeasureStatus.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public void setStatus(MeasureStatus status) {
        this.status = status;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public LocalDate getPeriodEndingBy() {
        return periodEndingBy;
    }

    public void setPeriodEndingBy(LocalDate periodEndingBy) {
        this.periodEndingBy = periodEndingBy;
    }
}
