package org.ancrage.jobs;

import jakarta.ejb.ApplicationException;
import org.ancrage.system.DomainException;

/**
 * A job was asked to start, or to restart, while one of its executions still runs. Annotated again:
 * the container only inherits {@code @ApplicationException} within the superclass's own module.
 */
@ApplicationException(rollback = true)
public class JobAlreadyRunning extends DomainException {

    public JobAlreadyRunning(String jobName) {
        super("job.alreadyRunning", jobName);
    }
}
