package org.ancrage.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.security.Roles;

/** The executions of this application's batch jobs, newest first, for the console's job page. */
@Stateless
public class JobExecutions {

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public List<JobExecution> recent(String jobName, int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (!operator.getJobNames().contains(jobName)) {
            return List.of();
        }
        List<JobExecution> executions = new ArrayList<>();
        operator.getJobInstances(jobName, 0, max)
                .forEach(instance -> executions.addAll(operator.getJobExecutions(instance)));
        executions.sort((a, b) -> Long.compare(b.getExecutionId(), a.getExecutionId()));
        return executions.size() > max ? executions.subList(0, max) : executions;
    }
}
