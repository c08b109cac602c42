package org.ancrage.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.security.PasswordHasher;
import org.ancrage.security.Roles;
import org.ancrage.security.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for the quick start, loaded once when {@code ancrage.demo-data=true}: two services and
 * one demo user per role. Demo users exist only with demo data; a production domain never sets it.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "FirstAdministrator"})
public class DemoData {

    public static final String PASSWORD = "Demo-Ancrage-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "ancrage.demo-data", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void loadOnce() {
        if (!enabled || alreadyLoaded()) {
            return;
        }
        ServiceUnit nord = new ServiceUnit("NORD", "Service logement Nord");
        ServiceUnit sud = new ServiceUnit("SUD", "Service logement Sud");
        em.persist(nord);
        em.persist(sud);
        em.flush();
        String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        user("coordinatrice", "Claire Coordinatrice", hash, Roles.COORDINATOR, nord);
        user("travailleur", "Thomas Travailleur social", hash, Roles.SOCIAL_WORKER, nord);
        user("gestion", "Gaëlle Gestion locative", hash, Roles.RENTAL_MANAGER, nord);
        user("direction", "Denis Directeur", hash, Roles.DIRECTOR, null);
        user("financeur", "Fanny Financeur (DDETS)", hash, Roles.FUNDER_VIEWER, null);
        user("administration", "Alice Administratrice", hash, Roles.ADMINISTRATOR, null);
        LOG.info("Demo data loaded");
    }

    private boolean alreadyLoaded() {
        return !em.createQuery("select s.id from ServiceUnit s where s.code = 'NORD'", Long.class)
                .getResultList().isEmpty();
    }

    private void user(String username, String name, String hash, String role, ServiceUnit unit) {
        UserAccount account = new UserAccount(username, name, hash, Set.of(role));
        account.assignTo(unit == null ? null : unit.getId());
        em.persist(account);
    }
}
