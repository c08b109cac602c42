package org.ancrage.console.privacy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Properties;
import org.ancrage.console.Messages;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.Jobs;
import org.ancrage.retention.RetentionRule;
import org.ancrage.retention.RetentionService;

/** Retention periods per category, and runs of the retention job (a dry run first). */
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

    private List<Row> rows;
    private Long lastExecution;

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

    public void dryRun() {
        run(true);
    }

    public void apply() {
        run(false);
    }

    private void run(boolean dry) {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.DRY_RUN, Boolean.toString(dry));
        parameters.setProperty(Jobs.RUN_DATE, org.ancrage.system.AssociationClock.today().toString());
        messages.act("retention:messages", () -> {
            lastExecution = jobs.start(Jobs.RETENTION, parameters);
            messages.info("retention:messages", dry ? "retention.dryRunStarted" : "retention.started", lastExecution);
        });
    }

    /** The last run started from this page, with its report once done. */
    public JobControl.ExecutionView getLastRun() {
        return lastExecution == null ? null : jobs.execution(lastExecution);
    }
}
