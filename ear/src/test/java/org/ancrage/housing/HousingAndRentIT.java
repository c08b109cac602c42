package org.ancrage.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.ancrage.households.HouseholdService;
import org.ancrage.landlords.ExchangeChannel;
import org.ancrage.landlords.LandlordService;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.IncidentKind;
import org.ancrage.mediation.IncidentRefused;
import org.ancrage.mediation.MediationService;
import org.ancrage.mediation.Party;
import org.ancrage.money.Money;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.rent.Arrears;
import org.ancrage.rent.ArrearsAge;
import org.ancrage.rent.Payer;
import org.ancrage.rent.PlanFollowUp;
import org.ancrage.rent.PlanStatus;
import org.ancrage.rent.RentCallAlreadyIssued;
import org.ancrage.rent.RentService;
import org.ancrage.rent.RepaymentPlan;
import org.ancrage.security.AccountService;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.HousingFixture;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Housing, rent and mediation on PostgreSQL, each rule through the services as staff use them:
 * placing, a lease transfer closing the occupancy and recording the measure's outcome, a rent call
 * never issued twice, arrears aged, capacity on a date, incidents mediated.
 */
@ExtendWith(ArquillianExtension.class)
class HousingAndRentIT {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(HousingAndRentIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB LandlordService landlords;
    @EJB DwellingService dwellings;
    @EJB InsuranceService insurance;
    @EJB OccupancyService occupancies;
    @EJB CapacityService capacity;
    @EJB RentService rent;
    @EJB MediationService mediation;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.RentalManager manager;
    @EJB RunAs.SocialWorker worker;
    @EJB RunAs.FunderViewer funder;

    private HousingFixture fixture;
    private Programme imlPlus;
    private long serviceUnitId;

    @BeforeEach
    void references() throws Exception {
        fixture = HousingFixture.of(new HousingFixture.Services(programmes, organisation, accounts, households,
                measures, landlords, dwellings, occupancies), administrator, coordinator, manager);
        imlPlus = fixture.imlPlus();
        serviceUnitId = fixture.serviceUnitId();
    }

    @Test
    void aLeaseTransferClosesTheOccupancyEndsTheMeasureAndTheDwellingLeavesTheStock() throws Exception {
        Measure measure = fixture.householdWithMeasure("Glissement", START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START);
        Occupancy occupancy = fixture.place(measure, dwelling, START.plusDays(10), "300.00");
        assertEquals(DwellingState.OCCUPIED, manager.call(() -> dwellings.getDwelling(dwelling.getId())).getState());

        Measure other = fixture.householdWithMeasure("Second", START);
        HousingRefused full = assertThrows(HousingRefused.class,
                () -> fixture.place(other, dwelling, START.plusDays(20), "0.00"));
        assertEquals("dwelling.full", full.messageKey());

        LocalDate transferDay = LocalDate.of(2026, 9, 1);
        OccupancyService.LeaseTransfer done = manager.call(() -> occupancies.transferLease(occupancy.getId(),
                occupancy.getVersion(), transferDay));
        assertEquals(OccupancyEnd.LEASE_TRANSFER, done.ended().getEndedBy());
        assertEquals(transferDay, done.ended().getEnd());
        assertTrue(done.underMandate().isEmpty());
        assertEquals(DwellingState.LEFT_STOCK, done.dwelling().getState());

        Measure ended = coordinator.call(() -> measures.getMeasure(measure.getId()));
        assertEquals(MeasureStatus.ENDED, ended.getStatus());
        assertEquals(EndReason.LEASE_TRANSFER, ended.getEndReason());
        assertEquals(HousingOutcome.LEASE_TRANSFERRED, ended.getHousingOutcome());
        assertEquals(transferDay, ended.getEndDate());
        assertEquals(1, TestDatabase.count("select count(*) from housing_contract where dwelling_id = "
                + dwelling.getId() + " and ended_by = 'LEASE_TRANSFER' and end_date = date '2026-09-01'"));
        assertTrue(manager.call(() -> occupancies.currentOccupancy(measure.getHouseholdId())).isEmpty());
        assertTrue(TestDatabase.count("select count(*) from audit_entry where entity_type = 'Occupancy' and entity_id = "
                + occupancy.getId()) >= 2, "placement and transfer are in the audit trail");
    }

    @Test
    void underAMandateTheHouseholdStaysAsTenantAndTheAssociationManages() throws Exception {
        Measure measure = fixture.householdWithMeasure("Mandat", START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.STAYS_UNDER_MANDATE, START);
        Occupancy occupancy = fixture.place(measure, dwelling, START, "250.00");
        OccupancyService.LeaseTransfer done = manager.call(() -> occupancies.transferLease(occupancy.getId(),
                occupancy.getVersion(), LocalDate.of(2026, 10, 1)));
        Occupancy tenant = done.underMandate().orElseThrow();
        assertEquals(Agreement.TENANT_UNDER_MANDATE, tenant.getAgreement());
        assertEquals(LocalDate.of(2026, 10, 1), tenant.getStart());
        assertEquals(DwellingState.OCCUPIED, done.dwelling().getState());
        List<HousingContract> contracts = manager.call(() -> dwellings.contractsOf(dwelling.getId()));
        assertEquals(List.of(ContractKind.MAIN_LEASE, ContractKind.MANAGEMENT_MANDATE),
                contracts.stream().map(HousingContract::getKind).toList());
        assertEquals(tenant.getId(), manager.call(() -> occupancies.currentOccupancy(measure.getHouseholdId()))
                .orElseThrow().getId());
        HousingRefused again = assertThrows(HousingRefused.class, () -> manager.call(() -> occupancies.transferLease(
                tenant.getId(), tenant.getVersion(), LocalDate.of(2026, 11, 1))));
        assertEquals("occupancy.transferNeedsSubLease", again.messageKey());
    }

    @Test
    void noPlacementWithoutAContractNorIntoADwellingInWorks() throws Exception {
        Measure measure = fixture.householdWithMeasure("SansBail", START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START.plusMonths(2));
        HousingRefused early = assertThrows(HousingRefused.class,
                () -> fixture.place(measure, dwelling, START, "0.00"));
        assertEquals("placement.noContract", early.messageKey());

        Dwelling inWorks = manager.call(() -> dwellings.startWorks(dwelling.getId(), dwelling.getVersion()));
        assertEquals("dwelling.inWorks", assertThrows(HousingRefused.class,
                () -> fixture.place(measure, inWorks, START.plusMonths(3), "0.00")).messageKey());
        assertEquals(0, TestDatabase.count("select count(*) from occupancy where dwelling_id = " + dwelling.getId()));
    }

    @Test
    void aRentCallIsNeverIssuedTwiceForTheSameMonth() throws Exception {
        Measure measure = fixture.householdWithMeasure("Loyer", START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START);
        Occupancy occupancy = fixture.place(measure, dwelling, START, "312.45");
        YearMonth march = YearMonth.of(2026, 3);

        assertEquals(Money.of("237.55"), manager.call(() -> rent.issueRentCall(occupancy.getId(), march))
                .getAmountDue());
        RentCallAlreadyIssued twice = assertThrows(RentCallAlreadyIssued.class,
                () -> manager.call(() -> rent.issueRentCall(occupancy.getId(), march)));
        assertEquals("rent.call.alreadyIssued", twice.messageKey());

        int first = manager.call(() -> rent.issueRentCalls(YearMonth.of(2026, 4)));
        assertTrue(first >= 1);
        assertEquals(0, manager.call(() -> rent.issueRentCalls(YearMonth.of(2026, 4))), "a second run issues nothing");
        manager.run(() -> rent.issueRentCalls(march)); // other households may get March; this one not again
        assertEquals(1, TestDatabase.count("select count(*) from rent_call where occupancy_id = " + occupancy.getId()
                + " and month = date '2026-03-01'"));
        assertEquals(2, TestDatabase.count("select count(*) from rent_call where occupancy_id = " + occupancy.getId()));
    }

    @Test
    void arrearsAreAgedAndARepaymentPlanIsFollowed() throws Exception {
        // placed on the 1st: whole months (a placement in the course of a month is called by days)
        LocalDate first = LocalDate.of(2026, 1, 1);
        Measure measure = fixture.householdWithMeasure("Impayé", first);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, first);
        Occupancy occupancy = fixture.place(measure, dwelling, first, "400.00"); // 150.00 a month left to pay
        for (int m = 1; m <= 4; m++) {
            YearMonth month = YearMonth.of(2026, m);
            manager.run(() -> rent.issueRentCall(occupancy.getId(), month));
        }
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 2, 10), Money.of("200.00"),
                Payer.HOUSEHOLD, "VIR-0210", null));
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 3, 5), Money.of("50.00"),
                Payer.FSL, "FSL-2026-17", null));

        Arrears arrears = manager.call(() -> rent.accountOf(occupancy.getId())).arrearsOn(LocalDate.of(2026, 4, 15));
        assertEquals(Money.of("350.00"), arrears.total());
        assertEquals(Money.of("50.00"), arrears.of(ArrearsAge.DAYS_61_TO_90));
        assertEquals(Money.of("150.00"), arrears.of(ArrearsAge.DAYS_31_TO_60));
        assertEquals(Money.of("150.00"), arrears.of(ArrearsAge.UP_TO_30_DAYS));
        List<RentService.ArrearsLine> list = manager.call(() -> rent.arrearsOn(LocalDate.of(2026, 4, 15)));
        assertTrue(list.stream().anyMatch(l -> l.occupancyId() == occupancy.getId() && l.arrears().equals(arrears)));
        // The list reads every account owing at once: each line is what its account alone says.
        for (RentService.ArrearsLine line : list) {
            assertEquals(manager.call(() -> rent.accountOf(line.occupancyId())).arrearsOn(LocalDate.of(2026, 4, 15)),
                    line.arrears(), "occupancy " + line.occupancyId());
        }

        RepaymentPlan plan = manager.call(() -> rent.agreeRepaymentPlan(occupancy.getId(), LocalDate.of(2026, 4, 15),
                Money.of("350.00"), RepaymentPlan.monthly(Money.of("350.00"), 7, LocalDate.of(2026, 5, 5))));
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 5, 5), Money.of("50.00"),
                Payer.HOUSEHOLD, null, plan.getId()));
        PlanFollowUp followUp = manager.call(() -> rent.followUpRepaymentPlan(plan.getId(), LocalDate.of(2026, 6, 20)));
        assertEquals(PlanStatus.BEHIND, followUp.status(), "June's instalment is not paid");
        assertEquals(Money.of("300.00"), followUp.remaining());

        assertEquals("rent.plan.aboveArrears", assertThrows(org.ancrage.rent.RentRefused.class, () -> manager.call(
                () -> rent.agreeRepaymentPlan(occupancy.getId(), LocalDate.of(2026, 4, 15), Money.of("999.00"),
                        RepaymentPlan.monthly(Money.of("999.00"), 3, LocalDate.of(2026, 5, 5))))).messageKey());
        assertEquals("rent.payment.inFuture", assertThrows(org.ancrage.rent.RentRefused.class, () -> manager.call(
                () -> rent.recordPayment(occupancy.getId(), LocalDate.now().plusDays(3), Money.of("10.00"),
                        Payer.CAF, null, null))).messageKey());
    }

    @Test
    void capacityOnADateCountsTheHouseholdsPlacedAgainstTheFinancedPlaces() throws Exception {
        LocalDate day = LocalDate.of(2030, 3, 1);
        administrator.run(() -> capacity.financePlaces(imlPlus.getId(), 100, LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 12, 31), "CPOM-2030"));
        CapacityFigures before = funder.call(() -> capacity.capacityOn(imlPlus.getId(), day));
        long vacantBefore = funder.call(() -> capacity.vacantPlaceDays(imlPlus.getId(), day, day.plusDays(9)));
        assertEquals(100, before.financedPlaces());

        for (String name : new String[] {"Capa-Un", "Capa-Deux"}) {
            Measure measure = fixture.householdWithMeasure(name, day);
            fixture.place(measure, fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, day), day, "0.00");
        }
        Measure leaving = fixture.householdWithMeasure("Capa-Trois", day);
        Occupancy third = fixture.place(leaving, fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, day), day,
                "0.00");
        manager.run(() -> occupancies.leaveDwelling(third.getId(), third.getVersion(), day.plusDays(5), "Bon état"));

        CapacityFigures after = funder.call(() -> capacity.capacityOn(imlPlus.getId(), day));
        assertEquals(before.occupiedPlaces() + 3, after.occupiedPlaces());
        CapacityFigures later = funder.call(() -> capacity.capacityOn(imlPlus.getId(), day.plusDays(5)));
        assertEquals(after.occupiedPlaces() - 1, later.occupiedPlaces(), "the leaving day is no longer occupied");
        assertEquals(BigDecimal.valueOf(after.occupiedPlaces()).setScale(1), after.occupancyRate());
        long vacantAfter = funder.call(() -> capacity.vacantPlaceDays(imlPlus.getId(), day, day.plusDays(9)));
        assertEquals(vacantBefore - (2 * 10 + 5), vacantAfter, "two places taken 10 days, one 5 days");
        assertThrows(EJBAccessException.class, () -> funder.call(() -> dwellings.getDwelling(third.getDwellingId())));
    }

    @Test
    void aStaleEditOfADwellingIsRefusedAndAFunderSeesNoOne() throws Exception {
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START);
        DwellingService.DwellingDetails details = new DwellingService.DwellingDetails(dwelling.getLandlordId(),
                serviceUnitId, "8 rue du Bourg", "55000", "Bar-le-Duc", DwellingSize.T3, new BigDecimal("63"), 2,
                true, false, Money.of("490.00"), Money.of("70.00"), imlPlus.getId(), 1);
        manager.run(() -> dwellings.updateDwelling(dwelling.getId(), dwelling.getVersion(), details));
        assertThrows(ConcurrentEditException.class, () -> coordinator.call(() -> dwellings.updateDwelling(
                dwelling.getId(), dwelling.getVersion(), details)));
        assertEquals(1, TestDatabase.count("select count(*) from dwelling where id = " + dwelling.getId()
                + " and rent = 490.00 and lift"));
        assertThrows(EJBAccessException.class, () -> funder.call(() -> rent.arrearsOn(START)));
        assertThrows(EJBAccessException.class, () -> funder.call(() -> mediation.openIncidents(null, 0, 10)));
        assertThrows(EJBAccessException.class, () -> worker.call(() -> dwellings.registerDwelling(details)));
    }

    @Test
    void anIncidentIsMediatedAndSeenFromTheHouseholdAndTheDwelling() throws Exception {
        Measure measure = fixture.householdWithMeasure("Voisinage", START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START);
        fixture.place(measure, dwelling, START, "0.00");
        Incident incident = worker.call(() -> mediation.reportIncident(new MediationService.Report(
                IncidentKind.NEIGHBOUR_DISTURBANCE, measure.getHouseholdId(), dwelling.getId(), LocalDate.of(2026, 2, 3),
                "Plainte d’un voisin pour bruit tard le soir", EnumSet.of(Party.NEIGHBOURS, Party.HOUSEHOLD))));
        assertEquals(dwelling.getLandlordId(), incident.getLandlordId());
        Incident acted = manager.call(() -> mediation.recordAction(incident.getId(), incident.getVersion(),
                LocalDate.of(2026, 2, 5), Party.NEIGHBOURS, "Rencontre avec le voisin et le ménage"));
        assertThrows(ConcurrentEditException.class, () -> manager.call(() -> mediation.recordAction(incident.getId(),
                incident.getVersion(), LocalDate.of(2026, 2, 6), Party.LANDLORD, "Appel au bailleur")));
        Incident resolved = coordinator.call(() -> mediation.resolveIncident(incident.getId(), acted.getVersion(),
                LocalDate.of(2026, 2, 20), "Accord sur les horaires ; plus de plainte"));
        assertTrue(resolved.isResolved());
        assertEquals("incident.resolved", assertThrows(IncidentRefused.class, () -> manager.call(
                () -> mediation.recordAction(incident.getId(), resolved.getVersion(), LocalDate.of(2026, 3, 1),
                        Party.HOUSEHOLD, "Trop tard"))).messageKey());
        assertEquals(1, worker.call(() -> mediation.incidentsOfHousehold(measure.getHouseholdId())).size());
        assertEquals(1, worker.call(() -> mediation.incidentsOfDwelling(dwelling.getId())).get(0).getActions().size());
        assertFalse(manager.call(() -> mediation.openIncidents(null, 0, 500)).stream()
                .anyMatch(i -> i.getId().equals(incident.getId())));
        manager.run(() -> landlords.recordExchange(dwelling.getLandlordId(), LocalDate.of(2026, 2, 6),
                ExchangeChannel.PHONE, "Informé de la plainte et de la médiation"));
        assertEquals(1, manager.call(() -> landlords.getLandlord(dwelling.getLandlordId())).getExchanges().size());
    }

    @Test
    void householdsPlacedWithoutValidInsuranceAreListed() throws Exception {
        Measure insured = fixture.householdWithMeasure("Assuré", START);
        Measure lapsed = fixture.householdWithMeasure("NonAssuré", START);
        fixture.place(insured, fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START), START, "0.00");
        Occupancy uninsured = fixture.place(lapsed, fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START),
                START, "0.00");
        worker.run(() -> insurance.recordInsurance(insured.getHouseholdId(), "MAIF", "P-1", START,
                LocalDate.of(2027, 1, 4)));
        worker.run(() -> insurance.recordInsurance(lapsed.getHouseholdId(), "MACIF", "P-2", START.minusYears(1),
                LocalDate.of(2026, 5, 31)));
        List<InsuranceService.InsuranceGap> gaps = manager.call(() -> insurance.insuranceExpiringBy(
                LocalDate.of(2026, 6, 30)));
        assertTrue(gaps.stream().anyMatch(g -> g.occupancy().getId().equals(uninsured.getId())
                && g.lastExpiry().equals(LocalDate.of(2026, 5, 31))));
        assertFalse(gaps.stream().anyMatch(g -> g.occupancy().getHouseholdId().equals(insured.getHouseholdId())));
    }
}
