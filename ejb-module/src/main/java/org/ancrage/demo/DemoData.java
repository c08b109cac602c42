package org.ancrage.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import org.ancrage.contacts.Contact;
import org.ancrage.programmes.ContactType;
import org.ancrage.households.Household;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.measures.Measure;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeTemplates;
import java.util.logging.Logger;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.security.PasswordHasher;
import org.ancrage.security.Roles;
import org.ancrage.security.UserAccount;
import org.ancrage.system.AssociationClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for the quick start, loaded once when {@code ancrage.demo-data=true}: two services,
 * one demo user per role, the programme templates, a few households followed and the housing stock
 * ({@link DemoHousing}). Demo users exist only with demo data; a production domain never sets it.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "FirstAdministrator"})
public class DemoData {

    public static final String PASSWORD = "Demo-Ancrage-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private DemoHousing housing;

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
        user("travailleuse-sud", "Sonia Travailleuse sociale (Sud)", hash, Roles.SOCIAL_WORKER, sud);
        user("direction", "Denis Directeur", hash, Roles.DIRECTOR, null);
        user("financeur", "Fanny Financeur (DDETSPP)", hash, Roles.FUNDER_VIEWER, null)
                .tieToFunder(ProgrammeTemplates.alsaImlSublease().getFunder()); // the demo measures' funder
        user("administration", "Alice Administratrice", hash, Roles.ADMINISTRATOR, null);
        em.flush();
        caseWork(nord);
        LOG.info("Demo data loaded");
    }

    /** The programme templates, and a few households followed by the demo social worker. */
    private void caseWork(ServiceUnit nord) {
        ProgrammeTemplates.all().forEach(em::persist);
        Long worker = em.createQuery("select u.id from UserAccount u where u.username = 'travailleur'", Long.class)
                .getSingleResult();
        Programme alsa = em.createQuery("select p from Programme p where p.code = 'ALSA-IML-SOUS-LOCATION'",
                Programme.class).getSingleResult();
        Programme udaf = em.createQuery("select p from Programme p where p.code = 'UDAF55-ASLL'", Programme.class)
                .getSingleResult();
        LocalDate today = AssociationClock.today();
        Measure placed = follow(nord, worker, alsa, today.minusMonths(5), "Diallo", "Aminata", LocalDate.of(1987, 3, 14), today.plusYears(3));
        follow(nord, worker, udaf, today.minusMonths(2), "Martin", "Julien", LocalDate.of(1979, 11, 2), null);
        follow(nord, worker, udaf, today.minusDays(20), "Benali", "Samira", LocalDate.of(1995, 6, 30), null);
        housing.load(nord.getId(), placed);
    }

    private Measure follow(ServiceUnit unit, Long worker, Programme programme, LocalDate start, String lastName,
            String firstName, LocalDate born, LocalDate residenceValidUntil) {
        Household household = new Household(unit.getId(),
                new Person(lastName, firstName, born, "F", Relationship.HEAD));
        household.residenceStatusValidUntil(residenceValidUntil);
        em.persist(household);
        em.flush();
        household.assignReference();
        Measure measure = Measure.open(household.getId(), programme, worker, unit.getId(), start);
        em.persist(measure);
        em.flush();
        em.persist(new Contact(measure.getId(), household.getId(), start.plusDays(10).atTime(10, 0), ContactType.HOME_VISIT,
                worker, 60, "Installation dans le logement", null));
        return measure;
    }

    private boolean alreadyLoaded() {
        return !em.createQuery("select s.id from ServiceUnit s where s.code = 'NORD'", Long.class)
                .getResultList().isEmpty();
    }

    private UserAccount user(String username, String name, String hash, String role, ServiceUnit unit) {
        UserAccount account = new UserAccount(username, name, hash, Set.of(role));
        account.assignTo(unit == null ? null : unit.getId());
        em.persist(account);
        return account;
    }
}
