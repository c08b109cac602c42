package org.ancrage.console.jobs;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Properties;
import org.ancrage.console.Messages;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.JobControl.ExecutionView;
import org.ancrage.jobs.JobProblems;

/** The jobs page: latest executions with their progress, skipped items, start and restart. */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private JobControl jobs;

    @EJB
    private JobProblems problems;

    @Inject
    private Messages messages;

    private List<ExecutionView> executions;
    private Long selected;

    public List<String> getJobNames() {
        return JobControl.STARTABLE;
    }

    public List<ExecutionView> getExecutions() {
        if (executions == null) {
            executions = jobs.recentExecutions(30);
        }
        return executions;
    }

    /** Whether the page should keep refreshing itself. */
    public boolean isAnyRunning() {
        return getExecutions().stream().anyMatch(e -> e.status() != null
                && (e.status().name().equals("STARTING") || e.status().name().equals("STARTED")));
    }

    public void refresh() {
        executions = null;
    }

    public void start(String job) {
        messages.act("jobs:messages", () -> {
            long id = jobs.start(job, new Properties());
            messages.info("jobs:messages", "jobs.started.message", id);
        });
        refresh();
    }

    public void restart(long executionId) {
        messages.act("jobs:messages", () -> {
            long id = jobs.restart(executionId, new Properties());
            messages.info("jobs:messages", "jobs.restarted", executionId, id);
        });
        refresh();
    }

    public void select(long executionId) {
        selected = executionId;
    }

    public List<JobProblems.Problem> getProblems() {
        return selected == null ? List.of() : problems.problemsOf(selected);
    }

    public Long getSelected() {
        return selected;
    }
}
