package org.ancrage.api.organisation;

import org.ancrage.organisation.ServiceUnit;

/** A service as the API shows it; {@code version} is sent back on update. */
public record ServiceUnitView(Long id, String code, String name, boolean active, long version) {
    static ServiceUnitView of(ServiceUnit unit) {
        return new ServiceUnitView(unit.getId(), unit.getCode(), unit.getName(), unit.isActive(),
                unit.getVersion());
    }
}
