package org.ancrage.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.IncidentKind;
import org.ancrage.mediation.IncidentOrder;
import org.ancrage.mediation.MediationService;
import org.ancrage.mediation.Party;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The open incidents list as the console pages through it: the count agrees with the pages, a kind
 * narrows both, the sort by date or kind is the query's, a resolved incident leaves both.
 */
@ExtendWith(ArquillianExtension.class)
class OpenIncidentsPagedSortedAndCountedIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(OpenIncidentsPagedSortedAndCountedIT.class);
    }

    @EJB HouseholdService households;
    @EJB OrganisationService organisation;
    @EJB MediationService mediation;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.RentalManager manager;
    @EJB RunAs.SocialWorker worker;

    private List<Incident> all(IncidentKind kind, IncidentOrder order) throws Exception {
        List<Incident> pages = new ArrayList<>();
        for (int first = 0;; first += 3) {
            int from = first;
            List<Incident> page = manager.call(() -> mediation.openIncidents(kind, order, from, 3));
            pages.addAll(page);
            if (page.size() < 3) {
                return pages;
            }
        }
    }

    @Test
    void theCountAgreesWithThePagesAndTheSortIsTheQuerys() throws Exception {
        long nord = worker.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        Household household = coordinator.call(() -> households.createHousehold(new Household(nord,
                new Person("Incidents", "Maëlle", LocalDate.of(1988, 5, 6), "F", Relationship.HEAD)))).household();
        long damagesBefore = manager.call(() -> mediation.countOpenIncidents(IncidentKind.DAMAGE));
        long allBefore = manager.call(() -> mediation.countOpenIncidents(null));
        List<Incident> reported = new ArrayList<>();
        for (int day = 1; day <= 4; day++) {
            LocalDate on = LocalDate.of(2026, 3, day);
            IncidentKind kind = day % 2 == 0 ? IncidentKind.DAMAGE : IncidentKind.TECHNICAL_FAULT;
            reported.add(worker.call(() -> mediation.reportIncident(new MediationService.Report(kind,
                    household.getId(), null, on, "Incident n° " + on.getDayOfMonth(), EnumSet.of(Party.HOUSEHOLD)))));
        }

        assertEquals(damagesBefore + 2, manager.call(() -> mediation.countOpenIncidents(IncidentKind.DAMAGE)));
        assertEquals(allBefore + 4, manager.call(() -> mediation.countOpenIncidents(null)));
        List<Incident> damages = all(IncidentKind.DAMAGE, IncidentOrder.NEWEST_FIRST);
        assertEquals(damagesBefore + 2, damages.size());
        assertTrue(damages.stream().allMatch(i -> i.getKind() == IncidentKind.DAMAGE));
        List<LocalDate> dates = damages.stream().map(Incident::getOccurredOn).toList();
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates);

        List<Incident> byKind = all(null, IncidentOrder.KIND);
        assertEquals(allBefore + 4, byKind.size());
        List<String> kinds = byKind.stream().map(i -> i.getKind().name()).toList();
        assertEquals(kinds.stream().sorted().toList(), kinds);
        List<String> kindsDescending = all(null, IncidentOrder.KIND_DESCENDING).stream()
                .map(i -> i.getKind().name()).toList();
        assertEquals(kinds.stream().sorted(Comparator.reverseOrder()).toList(), kindsDescending);
        List<LocalDate> oldestFirst = all(null, IncidentOrder.OLDEST_FIRST).stream().map(Incident::getOccurredOn)
                .toList();
        assertEquals(oldestFirst.stream().sorted().toList(), oldestFirst);

        Incident first = reported.get(1);
        coordinator.run(() -> mediation.resolveIncident(first.getId(), first.getVersion(), LocalDate.of(2026, 3, 9),
                "Réparé par le bailleur"));
        assertEquals(damagesBefore + 1, manager.call(() -> mediation.countOpenIncidents(IncidentKind.DAMAGE)));
        assertFalse(all(IncidentKind.DAMAGE, IncidentOrder.OLDEST_FIRST).stream()
                .anyMatch(i -> i.getId().equals(first.getId())));
        assertThrows(EJBAccessException.class, () -> worker.call(() -> mediation.countOpenIncidents(null)));
    }
}
