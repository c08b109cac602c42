package org.ancrage.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ancrage.programmes.ContactType;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.ContactCadence;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.programmes.RenewalStep;
import org.ancrage.security.AccountService;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each seed's programme rules, through the services and the database, and a programme adjusted by an administrator. */
@ExtendWith(ArquillianExtension.class)
class ProgrammeRulesOfEachSeedIT {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(ProgrammeRulesOfEachSeedIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.SocialWorker worker;

    private long serviceUnitId;
    private long workerId;

    @BeforeEach
    void catalogue() throws Exception {
        administrator.call(() -> programmes.installTemplates());
        serviceUnitId = worker.call(() -> organisation.listServiceUnits()).get(0).getId();
        workerId = administrator.call(() -> accounts.findByUsername("travailleur")).orElseThrow().getId();
    }

    private Measure open(String programmeCode) throws Exception {
        Programme programme = worker.call(() -> programmes.getProgrammeByCode(programmeCode));
        Household household = coordinator.call(() -> households.createHousehold(new Household(serviceUnitId,
                new Person("Seed-" + programmeCode, "Léa", LocalDate.of(1992, 1, 1), "F", Relationship.HEAD))))
                .household();
        return coordinator.call(() -> measures.openMeasure(household.getId(), programme.getId(), workerId,
                serviceUnitId, START));
    }

    private Measure evaluateAndRenew(Measure measure, Derogation derogation) throws Exception {
        Measure evaluated = worker.call(() -> measures.evaluateMeasure(measure.getId(), measure.getVersion(),
                new Evaluation(measure.currentPeriod().getEnd().minusDays(10), workerId, "Bilan", null, null,
                        Decision.RENEW)));
        return coordinator.call(() -> measures.renewMeasure(measure.getId(), evaluated.getVersion(), derogation));
    }

    private String refusal(Measure measure, Derogation derogation) throws Exception {
        Measure evaluated = worker.call(() -> measures.evaluateMeasure(measure.getId(), measure.getVersion(),
                new Evaluation(measure.currentPeriod().getEnd().minusDays(10), workerId, "Bilan", null, null,
                        Decision.END)));
        return assertThrows(RenewalRefused.class, () -> coordinator.call(
                () -> measures.renewMeasure(measure.getId(), evaluated.getVersion(), derogation))).messageKey();
    }

    @Test
    void udaf55AsllThreeMonthsThreeRenewalsTwelveMonthsFollowUpSixMonthsLater() throws Exception {
        Measure opened = open("UDAF55-ASLL");
        assertEquals(LocalDate.of(2026, 5, 21), opened.evaluationDue().orElseThrow());
        Measure renewed = opened;
        for (int i = 0; i < 3; i++) {
            renewed = evaluateAndRenew(renewed, null);
        }
        assertEquals(LocalDate.of(2027, 2, 28), renewed.currentPeriod().getEnd());
        assertEquals("measure.renewal.noneLeft", refusal(renewed, null));

        Measure current = worker.call(() -> measures.getMeasure(opened.getId()));
        Measure ended = coordinator.call(() -> measures.endMeasure(current.getId(), current.getVersion(),
                LocalDate.of(2027, 2, 28), EndReason.OBJECTIVES_REACHED, HousingOutcome.STAYED_IN_DWELLING));
        assertEquals(LocalDate.of(2027, 8, 28), ended.getFollowUpDue());
    }

    @Test
    void aparAsllSixThenThreeThenAnExceptionalThree() throws Exception {
        Measure measure = evaluateAndRenew(open("APAR-ASLL-71"), null);
        assertEquals("measure.renewal.derogationRequired", refusal(measure, null));
        Measure current = worker.call(() -> measures.getMeasure(measure.getId()));
        Measure third = coordinator.call(() -> measures.renewMeasure(current.getId(), current.getVersion(),
                new Derogation("Commission CUD", LocalDate.of(2026, 11, 20), "CUD-2026-11")));
        assertEquals(LocalDate.of(2027, 2, 28), third.currentPeriod().getEnd());
    }

    @Test
    void aslManagementMandateTwelveMonthsAtMost() throws Exception {
        Measure measure = open("ASL-IML-MANDAT");
        assertEquals(LocalDate.of(2027, 2, 28), measure.currentPeriod().getEnd());
        assertEquals("measure.renewal.noneLeft", assertThrows(RenewalRefused.class,
                () -> coordinator.call(() -> measures.renewMeasure(measure.getId(), measure.getVersion(), null)))
                .messageKey());
    }

    @Test
    void anAdministratorAdjustsAProgrammeAndNewMeasuresFollowIt() throws Exception {
        Programme caf = worker.call(() -> programmes.getProgrammeByCode("ASL-CAF-SIMPLE"));
        ProgrammeService.Adjustment adjustment = new ProgrammeService.Adjustment(caf.getName(), caf.getFunder(), 4, 6,
                List.of(RenewalStep.of(2)), new ContactCadence(1, 30, Set.of(ContactType.HOME_VISIT)), 7, false, null,
                39);
        assertThrows(EJBAccessException.class,
                () -> coordinator.call(() -> programmes.adjustProgramme(caf.getId(), caf.getVersion(), adjustment)));
        administrator.run(() -> programmes.adjustProgramme(caf.getId(), caf.getVersion(), adjustment));

        Measure measure = open("ASL-CAF-SIMPLE");
        assertEquals(LocalDate.of(2026, 6, 30), measure.currentPeriod().getEnd());
        Measure renewed = coordinator.call(() -> measures.renewMeasure(measure.getId(), measure.getVersion(), null));
        assertEquals(LocalDate.of(2026, 8, 31), renewed.currentPeriod().getEnd());
    }
}
