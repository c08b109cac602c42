package org.ancrage.api.privacy;

import org.ancrage.retention.DataCategory;
import org.ancrage.retention.RetentionRule;

public record RuleView(DataCategory category, int retentionMonths, long version) {
    static RuleView of(RetentionRule r) {
        return new RuleView(r.getCategory(), r.getRetentionMonths(), r.getVersion());
    }
}
