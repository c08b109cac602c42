package org.ancrage.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The step of the job {@code deployment-tag}: nothing to do. */
@Named("noOpBatchlet")
@Dependent
public class NoOpBatchlet extends AbstractBatchlet {

    @Override
    public String process() {
        return "COMPLETED";
    }
}
