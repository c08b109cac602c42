package org.ancrage.contacts;

import org.ancrage.programmes.ContactType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.reporting.StatisticsService;
import org.ancrage.security.AccountService;
import org.ancrage.system.AssociationClock;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contact dated in the future is an appointment: planned, never counted as done — neither by
 * the programme's cadence nor by the statistics' home visits — until it is held.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentsAreNotVisitsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(AppointmentsAreNotVisitsIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB ContactService contacts;
    @EJB StatisticsService statistics;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.SocialWorker worker;
    @EJB RunAs.Director director;

    @Test
    void aFutureContactIsAPlannedAppointmentCountedNowhere() throws Exception {
        administrator.call(() -> programmes.installTemplates());
        Programme template = coordinator.call(() -> programmes.getProgrammeByCode("UDAF55-ASLL"));
        Programme own = administrator.call(() -> programmes.copyProgramme(template.getId(),
                "RDV-IT-" + System.nanoTime() % 1000000, "Rendez-vous (test)"));
        long serviceUnitId = coordinator.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        long workerId = administrator.call(() -> accounts.findByUsername("travailleur")).orElseThrow().getId();
        Household household = coordinator.call(() -> households.createHousehold(new Household(serviceUnitId,
                new Person("Rendez-Vous", "Aline", LocalDate.of(1979, 3, 3), "F", Relationship.HEAD)))).household();
        LocalDateTime now = AssociationClock.now();
        Measure measure = coordinator.call(() -> measures.openMeasure(household.getId(), own.getId(), workerId,
                serviceUnitId, now.toLocalDate().minusDays(40)));

        Contact held = worker.call(() -> contacts.logContact(measure.getId(), new Contact.Details(now.minusDays(1),
                ContactType.HOME_VISIT, workerId, 60, "Budget", null)));
        Contact planned = worker.call(() -> contacts.logContact(measure.getId(), new Contact.Details(
                now.plusHours(2), ContactType.HOME_VISIT, workerId, 60, "Visite prévue", null)));

        assertEquals(ContactStatus.DONE, held.getStatus());
        assertEquals(ContactStatus.PLANNED, planned.getStatus(), "dated later today, in the association's time");
        CadenceStatus cadence = worker.call(() -> contacts.cadenceOf(measure.getId(), now.toLocalDate().plusDays(1)));
        assertEquals(1, cadence.countedInWindow(), "the appointment to come is not a contact made");
        // Both fall in the same year unless the test runs in the last hours of December 31st.
        if (now.plusHours(2).getYear() == now.minusDays(1).getYear()) {
            assertEquals(1, director.call(() -> statistics.compute(own.getId(), null, now.getYear())).homeVisits(),
                    "the statistics count the visit made, not the one planned");
        }
    }
}
