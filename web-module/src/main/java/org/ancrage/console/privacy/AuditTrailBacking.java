package org.ancrage.console.privacy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ancrage.privacy.AuditEntry;
import org.ancrage.privacy.AuditService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The audit trail page: search by user, household and period, page by page; CSV export. */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService audit;

    private String username;
    private Long householdId;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.countEntries(user(), householdId, start(), end()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return audit.search(user(), null, null, householdId, start(), end(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    /** The entries found, as CSV; the export is itself audited. */
    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder().name("journal-audit.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(audit.exportCsv(user(), householdId, start(), end())
                        .getBytes(StandardCharsets.UTF_8))).build();
    }

    private String user() {
        return username == null || username.isBlank() ? null : username.trim();
    }

    private Instant start() {
        return from == null ? null : from.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
