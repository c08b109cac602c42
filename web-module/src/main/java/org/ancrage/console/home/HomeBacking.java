package org.ancrage.console.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ancrage.console.security.CurrentUser;
import org.ancrage.security.Roles;

/** The home page: what each role sees first. The per-role panels grow with the components. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private CurrentUser user;

    public boolean isCaseWork() {
        return user.hasRole(Roles.SOCIAL_WORKER) || user.hasRole(Roles.COORDINATOR);
    }

    public boolean isRentalManagement() {
        return user.hasRole(Roles.RENTAL_MANAGER);
    }

    public boolean isSteering() {
        return user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.FUNDER_VIEWER);
    }

    public boolean isAdministration() {
        return user.hasRole(Roles.ADMINISTRATOR);
    }
}
