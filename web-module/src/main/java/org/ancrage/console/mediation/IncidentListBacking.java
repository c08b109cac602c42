package org.ancrage.console.mediation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.IncidentKind;
import org.ancrage.mediation.IncidentOrder;
import org.ancrage.mediation.MediationService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The open incidents of the caller's service, one page at a time from the database: filtered by
 * kind, sorted by date or kind in the query itself.
 */
@Named
@ViewScoped
public class IncidentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MediationService mediation;

    private IncidentKind kind;

    private final LazyDataModel<Incident> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) mediation.countOpenIncidents(kind);
        }

        @Override
        public List<Incident> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return mediation.openIncidents(kind, order(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(Incident incident) {
            return String.valueOf(incident.getId());
        }
    };

    /** The column sorted on, as the service's order; oldest first when none is. */
    static IncidentOrder order(Map<String, SortMeta> sortBy) {
        return sortBy == null ? IncidentOrder.OLDEST_FIRST : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && s.getOrder() != SortOrder.UNSORTED)
                .findFirst().map(s -> {
                    boolean descending = s.getOrder() == SortOrder.DESCENDING;
                    if ("kind".equals(s.getField())) {
                        return descending ? IncidentOrder.KIND_DESCENDING : IncidentOrder.KIND;
                    }
                    return descending ? IncidentOrder.NEWEST_FIRST : IncidentOrder.OLDEST_FIRST;
                }).orElse(IncidentOrder.OLDEST_FIRST);
    }

    public LazyDataModel<Incident> getModel() {
        return model;
    }

    public List<IncidentKind> getKinds() {
        return List.of(IncidentKind.values());
    }

    public IncidentKind getKind() {
        return kind;
    }

    public void setKind(IncidentKind kind) {
        this.kind = kind;
    }
}
