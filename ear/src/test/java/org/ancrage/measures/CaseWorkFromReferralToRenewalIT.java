package org.ancrage.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import org.ancrage.contacts.CadenceStatus;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactService;
import org.ancrage.programmes.ContactType;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.referrals.NotEligible;
import org.ancrage.referrals.OrientingBody;
import org.ancrage.referrals.Referral;
import org.ancrage.referrals.ReferralService;
import org.ancrage.security.AccountService;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A household's way through the services, on PostgreSQL: referral, admission on ALSA's IML,
 * visits and cadence, evaluation, renewal, the third period refused without the DDETSPP
 * derogation and granted with it, a stale edit refused, and a funder kept out of the file.
 */
@ExtendWith(ArquillianExtension.class)
class CaseWorkFromReferralToRenewalIT {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(CaseWorkFromReferralToRenewalIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB ReferralService referrals;
    @EJB MeasureService measures;
    @EJB ContactService contacts;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.SocialWorker worker;
    @EJB RunAs.FunderViewer funder;
    @EJB org.ancrage.documents.DocumentService documents;

    private Programme alsa;
    private long serviceUnitId;
    private long workerId;

    @BeforeEach
    void catalogue() throws Exception {
        administrator.call(() -> programmes.installTemplates());
        alsa = worker.call(() -> programmes.getProgrammeByCode("ALSA-IML-SOUS-LOCATION"));
        serviceUnitId = worker.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        workerId = administrator.call(() -> accounts.findByUsername("travailleur")).orElseThrow().getId();
    }

    private Household newHousehold(String lastName, LocalDate residenceValidUntil) throws Exception {
        Household household = new Household(serviceUnitId,
                new Person(lastName, "Awa", LocalDate.of(1988, 5, 17), "F", Relationship.HEAD));
        household.add(new Person(lastName, "Noé", LocalDate.of(2019, 9, 3), "M", Relationship.CHILD));
        household.residenceStatusValidUntil(residenceValidUntil);
        return coordinator.call(() -> households.createHousehold(household)).household();
    }

    @Test
    void installingTheTemplatesTwiceChangesNothing() throws Exception {
        assertEquals(0, administrator.call(() -> programmes.installTemplates()));
        assertEquals(1, TestDatabase.count("select count(*) from programme where code = 'UDAF55-ASLL'"));
        assertEquals(2, TestDatabase.count("select count(*) from programme_renewal_step s join programme p "
                + "on p.id = s.programme_id where p.code = 'ALSA-IML-SOUS-LOCATION'"));
    }

    @Test
    void fromReferralToADerogationRenewal() throws Exception {
        Household household = newHousehold("Diallo", START.plusYears(2));
        assertTrue(household.getReference().startsWith("M"));

        Referral referral = coordinator.call(() -> referrals.receiveReferral(household.getId(), alsa.getId(),
                OrientingBody.SIAO, START.minusDays(20)));
        assertEquals(1, coordinator.call(() -> referrals.waitingList(alsa.getId())).stream()
                .filter(r -> r.getId().equals(referral.getId())).count());

        Measure measure = coordinator.call(() -> referrals.admit(referral.getId(), referral.getVersion(), workerId,
                serviceUnitId, START));
        assertEquals(LocalDate.of(2026, 7, 4), measure.currentPeriod().getEnd());

        // Two home visits, a month apart: on time.
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 18)}) {
            worker.run(() -> contacts.logContact(measure.getId(), new Contact.Details(day.atTime(14, 0),
                    ContactType.HOME_VISIT, workerId, 60, "Budget, assurance habitation", "Note confidentielle")));
        }
        CadenceStatus cadence = worker.call(() -> contacts.cadenceOf(measure.getId(), LocalDate.of(2026, 6, 25)));
        assertFalse(cadence.late());
        assertTrue(worker.call(() -> contacts.cadenceOf(measure.getId(), LocalDate.of(2026, 8, 1))).late());

        Measure evaluated = worker.call(() -> measures.evaluateMeasure(measure.getId(), measure.getVersion(),
                new Evaluation(LocalDate.of(2026, 6, 20), workerId, "Bilan à six mois", "Loyer payé", "Emploi",
                        Decision.RENEW)));
        Measure renewed = worker.call(() -> measures.renewMeasure(measure.getId(), evaluated.getVersion(), null));
        assertEquals(LocalDate.of(2027, 1, 4), renewed.currentPeriod().getEnd());

        Measure evaluatedAgain = worker.call(() -> measures.evaluateMeasure(measure.getId(), renewed.getVersion(),
                new Evaluation(LocalDate.of(2026, 12, 15), workerId, "Bilan à douze mois", "Autonomie", "Dettes",
                        Decision.RENEW_BY_DEROGATION)));
        RenewalRefused refused = assertThrows(RenewalRefused.class, () -> worker.call(
                () -> measures.renewMeasure(measure.getId(), evaluatedAgain.getVersion(), null)));
        assertEquals("measure.renewal.derogationRequired", refused.messageKey());

        Measure third = coordinator.call(() -> measures.renewMeasure(measure.getId(), evaluatedAgain.getVersion(),
                new Derogation("DDETSPP", LocalDate.of(2026, 12, 20), "DER-0042")));
        assertEquals(PeriodKind.DEROGATION, third.currentPeriod().getKind());
        assertEquals(1, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure.getId()
                + " and kind = 'DEROGATION' and derogation_granted_by = 'DDETSPP'"));
        assertTrue(TestDatabase.count("select count(*) from audit_entry where entity_type = 'Measure' and entity_id = "
                + measure.getId()) >= 1);
    }

    @Test
    void withoutAValidResidenceStatusAlsaAdmissionIsRefusedWithTheReason() throws Exception {
        Household household = newHousehold("Sans-Titre", null);
        Referral referral = coordinator.call(() -> referrals.receiveReferral(household.getId(), alsa.getId(),
                OrientingBody.DALO_COMMISSION, START));
        NotEligible refused = assertThrows(NotEligible.class, () -> coordinator.call(() -> referrals.admit(
                referral.getId(), referral.getVersion(), workerId, serviceUnitId, START)));
        assertEquals("referral.eligibility.residenceStatusMissing", refused.messageKey());
        assertEquals(0, TestDatabase.count("select count(*) from measure where household_id = " + household.getId()));
    }

    @Test
    void supportContractProgressSuspensionAndTransferAreKept() throws Exception {
        Household household = newHousehold("Contrat", START.plusYears(2));
        Measure opened = coordinator.call(() -> measures.openMeasure(household.getId(), alsa.getId(), workerId,
                serviceUnitId, START));
        Measure signed = worker.call(() -> measures.signSupportContract(opened.getId(), opened.getVersion(),
                START.plusDays(7), java.util.List.of(
                        new MeasureService.ObjectiveSpec(ObjectiveDomain.BUDGET, "Apurer la dette"),
                        new MeasureService.ObjectiveSpec(ObjectiveDomain.EMPLOYMENT, "Inscription France Travail"))));
        Measure progressed = worker.call(() -> measures.recordProgress(opened.getId(), signed.getVersion(), 0,
                Progress.IN_PROGRESS, START.plusMonths(1)));
        Measure suspended = coordinator.call(() -> measures.suspendMeasure(opened.getId(), progressed.getVersion(),
                START.plusMonths(2), START.plusMonths(2).plusDays(14), "Hospitalisation"));
        long sud = worker.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("SUD")).findFirst().orElseThrow().getId();
        coordinator.run(() -> measures.changeReferent(opened.getId(), suspended.getVersion(), START.plusMonths(3),
                workerId, sud));

        assertEquals(2, TestDatabase.count("select count(*) from objective where measure_id = " + opened.getId()));
        assertEquals(1, TestDatabase.count("select count(*) from objective where measure_id = " + opened.getId()
                + " and progress = 'IN_PROGRESS'"));
        assertEquals(1, TestDatabase.count("select count(*) from measure_suspension where measure_id = " + opened.getId()));
        assertEquals(2, TestDatabase.count("select count(*) from measure_referent where measure_id = " + opened.getId()));
        assertEquals(sud, TestDatabase.count("select service_unit_id from measure where id = " + opened.getId()));
    }

    @Test
    void aDocumentOverTenMegabytesIsRefusedAndNothingIsKept() throws Exception {
        Household household = newHousehold("Gros-Fichier", null);
        Referral referral = coordinator.call(() -> referrals.receiveReferral(household.getId(), alsa.getId(),
                OrientingBody.SHELTER, START));
        byte[] big = new byte[(int) org.ancrage.documents.DocumentService.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, big, 0, 5);
        org.ancrage.documents.DocumentRefused refused = assertThrows(org.ancrage.documents.DocumentRefused.class,
                () -> coordinator.call(() -> documents.attachToReferral(referral.getId(), "gros.pdf", big)));
        assertEquals("document.tooLarge", refused.messageKey());
        assertEquals(0, TestDatabase.count("select count(*) from document where referral_id = " + referral.getId()));
    }

    @Test
    void aStaleRenewalIsRefusedAndNothingIsOverwritten() throws Exception {
        Household household = newHousehold("Concurrent", START.plusYears(2));
        Measure measure = coordinator.call(() -> measures.openMeasure(household.getId(), alsa.getId(), workerId,
                serviceUnitId, START));
        worker.run(() -> measures.evaluateMeasure(measure.getId(), measure.getVersion(),
                new Evaluation(START.plusMonths(5), workerId, "Bilan", null, null, Decision.RENEW)));
        assertThrows(ConcurrentEditException.class,
                () -> worker.run(() -> measures.renewMeasure(measure.getId(), measure.getVersion(), null)));
        assertEquals(1, TestDatabase.count("select count(*) from measure_period where measure_id = " + measure.getId()));
    }

    @Test
    void aLikelyDuplicateIsPointedOutAndSearchFindsByName() throws Exception {
        newHousehold("Homonyme", null);
        Household again = new Household(serviceUnitId,
                new Person("HOMONYME", "Awa", LocalDate.of(1988, 5, 17), "F", Relationship.HEAD));
        assertFalse(coordinator.call(() -> households.createHousehold(again)).likelyDuplicates().isEmpty());
        assertEquals(2, worker.call(() -> households.searchHouseholds("homon", null, null, 0, 10)).size());
    }

    @Test
    void aFunderNeverOpensAHouseholdFile() throws Exception {
        Household household = newHousehold("Confidentiel", null);
        assertThrows(EJBAccessException.class, () -> funder.call(() -> households.getHouseholdFile(household.getId())));
        worker.call(() -> households.getHouseholdFile(household.getId()));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'READ' and household_id = "
                + household.getId()));
    }
}
