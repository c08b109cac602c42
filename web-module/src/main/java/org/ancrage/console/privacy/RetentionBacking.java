package org.ancrage.console.privacy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ancrage.console.Formats;
import org.ancrage.console.Messages;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.Jobs;
import org.ancrage.retention.RetentionRule;
import org.ancrage.retention.RetentionService;
import org.ancrage.system.AssociationClock;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Retention periods per category, and runs of the retention job: a dry run first, which lists the
 * files it would anonymise; the real run only after a confirmation.
 */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RetentionService retention;

    @EJB
    private JobControl jobs;

    @Inject
    private Messages messages;

    @Inject
    private Formats fmt;

    private List<Row> rows;
    private Long lastExecution;
    private boolean filesDueShown;

    /** The households a run today would anonymise, one page at a time, oldest first. */
    private final LazyDataModel<RetentionService.FileDue> filesDue = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return retention.countFilesDue(AssociationClock.today());
        }

        @Override
        public List<RetentionService.FileDue> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return retention.filesDue(AssociationClock.today(), first, pageSize);
        }

        @Override
        public String getRowKey(RetentionService.FileDue file) {
            return file.householdId() + "-" + file.category();
        }
    };

    /** A rule as edited on the page, with the version it was read at. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String category;
        private final long version;
        private Integer months;

        Row(RetentionRule rule) {
            this.category = rule.getCategory().name();
            this.version = rule.getVersion();
            this.months = rule.getRetentionMonths();
        }

        public String getCategory() {
            return category;
        }

        public Integer getMonths() {
            return months;
        }

        public void setMonths(Integer months) {
            this.months = months;
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = retention.rules().stream().map(Row::new).toList();
        }
        return rows;
    }

    /** Saves every changed period; a refusal stays on the page with what was typed. */
    public void save() {
        for (Row row : getRows()) {
            if (!messages.act("retention:messages", () -> retention.keep(
                    org.ancrage.retention.DataCategory.valueOf(row.category), row.months, row.version))) {
                return;
            }
        }
        rows = null;
        messages.info("retention:messages", "retention.saved");
    }

    /**
     * The dry run: the files a run today would anonymise listed at once (paged, exportable), and
     * the job started in dry-run mode for its report per category. Nothing is changed.
     */
    public void dryRun() {
        filesDueShown = true;
        run(true);
    }

    public void apply() {
        run(false);
    }

    private void run(boolean dry) {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.DRY_RUN, Boolean.toString(dry));
        parameters.setProperty(Jobs.RUN_DATE, AssociationClock.today().toString());
        messages.act("retention:messages", () -> {
            lastExecution = jobs.start(Jobs.RETENTION, parameters);
            messages.info("retention:messages", dry ? "retention.dryRunStarted" : "retention.started", lastExecution);
        });
    }

    public LazyDataModel<RetentionService.FileDue> getFilesDue() {
        return filesDue;
    }

    /** Why a file is due, in words: "Accompagnement terminé le 12/03/2019". */
    public String why(RetentionService.FileDue file) {
        return messages.text("retention.filesDue.why." + file.category().name(), fmt.date(file.closedOn()));
    }

    /** Whether the dry run was asked for on this page (the list of files due is then shown). */
    public boolean isFilesDueShown() {
        return filesDueShown;
    }

    /** The last run started from this page, with its report once done. */
    public JobControl.ExecutionView getLastRun() {
        return lastExecution == null ? null : jobs.execution(lastExecution);
    }
}
