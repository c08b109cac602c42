package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import org.ancrage.households.HouseholdService;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingState;
import org.ancrage.housing.HousingRefused;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.housing.OccupancyEnd;
import org.ancrage.housing.ScheduledDeparture;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.Jobs;
import org.ancrage.landlords.LandlordService;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.measures.MeasureStatus;
import org.ancrage.money.Money;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.security.AccountService;
import org.ancrage.system.AssociationClock;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.HousingFixture;
import org.ancrage.testing.JobRuns;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rent accounts a rental manager can trust, on PostgreSQL through the services: calls prorated by
 * days at the terms in force, charges regularised, a mistaken payment cancelled by its reversal
 * without changing any figure, a credit carried, a departure or lease transfer scheduled and
 * applied once by the daily job on its date, a debt written off once a director approves.
 */
@ExtendWith(ArquillianExtension.class)
class RentAccountsCorrectedByEntriesIT {

    private static final LocalDate START = LocalDate.of(2026, 1, 1); // whole months from January

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(RentAccountsCorrectedByEntriesIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB LandlordService landlords;
    @EJB DwellingService dwellings;
    @EJB OccupancyService occupancies;
    @EJB RentService rent;
    @EJB JobControl jobs;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.RentalManager manager;
    @EJB RunAs.Director director;

    private HousingFixture fixture;

    @BeforeEach
    void references() throws Exception {
        fixture = HousingFixture.of(new HousingFixture.Services(programmes, organisation, accounts, households,
                measures, landlords, dwellings, occupancies), administrator, coordinator, manager);
    }

    /** A household placed from {@code on} in a dwelling under a main lease since December 2025, with its measure. */
    private Occupancy placed(String name, LocalDate on, String benefit) throws Exception {
        Measure measure = fixture.householdWithMeasure(name, START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START.minusMonths(1));
        return fixture.place(measure, dwelling, on, benefit);
    }

    private RentCall callOf(Occupancy occupancy, YearMonth month) throws Exception {
        return manager.call(() -> rent.rentCallsOf(occupancy.getId())).stream()
                .filter(c -> c.getMonth().equals(month)).findFirst().orElseThrow();
    }

    @Test
    void aPlacementOrADepartureInTheCourseOfAMonthIsCalledByDays() throws Exception {
        // placed on the 17th of June (30 days): 14/30, issued by hand, the benefit declared nil for the month
        Occupancy june = placed("Prorata-Juin", LocalDate.of(2026, 6, 17), "100.00");
        RentCall first = manager.call(() -> rent.issueRentCall(june.getId(), YearMonth.of(2026, 6), Money.ZERO));
        assertEquals(14, first.getDaysCalled());
        assertEquals(30, first.getDaysInMonth());
        assertEquals(Money.of("224.00"), first.getRent());
        assertEquals(Money.of("32.67"), first.getCharges(), "70.00 × 14 / 30 = 32.666…, to the cent");
        assertEquals(Money.of("256.67"), first.getAmountDue());
        RentCall july = manager.call(() -> rent.issueRentCall(june.getId(), YearMonth.of(2026, 7)));
        assertFalse(july.isProrated());
        assertEquals(Money.of("450.00"), july.getAmountDue());

        // placed on the 17th of July (31 days): 15/31, issued by the monthly run over its id
        Occupancy placedInJuly = placed("Prorata-Juillet", LocalDate.of(2026, 7, 17), "100.00");
        assertEquals(1, manager.call(() -> rent.issueRentCalls(YearMonth.of(2026, 7), placedInJuly.getId(),
                placedInJuly.getId())));
        assertEquals(0, manager.call(() -> rent.issueRentCalls(YearMonth.of(2026, 7), placedInJuly.getId(),
                placedInJuly.getId())), "once per occupancy and month");
        RentCall fifteen = callOf(placedInJuly, YearMonth.of(2026, 7));
        assertEquals(15, fifteen.getDaysCalled());
        assertEquals(31, fifteen.getDaysInMonth());
        assertEquals(Money.of("232.26"), fifteen.getRent());
        assertEquals(Money.of("33.87"), fifteen.getCharges());
        assertEquals(Money.of("100.00"), fifteen.getHousingBenefit(), "the benefit as declared, not prorated");
        assertEquals(Money.of("166.13"), fifteen.getAmountDue());
        assertEquals("rent.call.alreadyIssued", assertThrows(RentCallAlreadyIssued.class, () -> manager.call(
                () -> rent.issueRentCall(placedInJuly.getId(), YearMonth.of(2026, 7)))).messageKey());

        // leaves on the 10th of August: nine days called
        Occupancy leaving = manager.call(() -> occupancies.getOccupancy(placedInJuly.getId()));
        manager.run(() -> occupancies.leaveDwelling(leaving.getId(), leaving.getVersion(), LocalDate.of(2026, 8, 10),
                "Bon état"));
        RentCall august = manager.call(() -> rent.issueRentCall(placedInJuly.getId(), YearMonth.of(2026, 8)));
        assertEquals(9, august.getDaysCalled());
        assertEquals(Money.of("139.35"), august.getRent());
        assertEquals(Money.of("20.32"), august.getCharges());
        assertEquals(Money.of("59.67"), august.getAmountDue());
        assertEquals("rent.call.outsideOccupancy", assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.issueRentCall(placedInJuly.getId(), YearMonth.of(2026, 9)))).messageKey());
    }

    @Test
    void aDepartureAfterItsMonthWasCalledGivesTheDaysAfterItBackByAnEntry() throws Exception {
        Occupancy occupancy = placed("Parti-Apres-Appel", START, "100.00"); // 480 + 70 - 100 = 450.00 a month
        for (int m = 1; m <= 3; m++) {
            YearMonth month = YearMonth.of(2026, m);
            manager.run(() -> rent.issueRentCall(occupancy.getId(), month));
        }
        // leaves on 10 February, the month and the next one already called: 9/28 of February is owed
        manager.run(() -> occupancies.leaveDwelling(occupancy.getId(), occupancy.getVersion(), LocalDate.of(2026, 2, 10),
                "Bon état"));
        RentAccount account = manager.call(() -> rent.accountOf(occupancy.getId()));
        List<RentAccount.Line> credits = account.statement().stream()
                .filter(l -> l.kind() == RentAccount.LineKind.DEPARTURE_CREDIT).toList();
        assertEquals(2, credits.size(), account.statement().toString());
        // February: 450.00 called, 154.29 + 22.50 - 100.00 = 76.79 owed for nine days, 373.21 given back
        assertEquals(Money.of("373.21"), credits.get(0).credit());
        assertEquals("2026-02", credits.get(0).reason());
        assertEquals(LocalDate.of(2026, 2, 10), credits.get(0).date());
        assertEquals(Money.of("450.00"), credits.get(1).credit(), "March, entirely after the departure");
        assertEquals(Money.of("526.79"), account.balance(), "January and nine days of February");
        // the calls themselves are as issued
        assertEquals(Money.of("450.00"), callOf(occupancy, YearMonth.of(2026, 2)).getAmountDue());
        assertEquals(Money.of("526.79"), account.arrearsOn(LocalDate.of(2026, 3, 15)).total());
    }

    @Test
    void aRevisedRentIsCalledFromItsDateAndTheHistoryKept() throws Exception {
        Occupancy occupancy = placed("Revision", START, "300.00");
        manager.run(() -> rent.reviseRent(occupancy.getId(), LocalDate.of(2026, 4, 1), new Occupancy.Terms(
                Money.of("491.52"), Money.of("75.00"), Money.of("300.00")), "IRL T4 2025 : +2,40 %"));
        assertEquals(Money.of("250.00"), manager.call(() -> rent.issueRentCall(occupancy.getId(),
                YearMonth.of(2026, 3))).getAmountDue());
        RentCall april = manager.call(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 4)));
        assertEquals(Money.of("491.52"), april.getRent());
        assertEquals(Money.of("266.52"), april.getAmountDue());
        assertEquals(1, manager.call(() -> rent.rentRevisionsOf(occupancy.getId())).size());
        assertEquals("rent.revision.beforeOccupancy", assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.reviseRent(occupancy.getId(), LocalDate.of(2025, 12, 1), new Occupancy.Terms(
                        Money.of("1.00"), Money.of("1.00"), Money.ZERO), null))).messageKey());
    }

    @Test
    void aChargesRegularisationIsAnEntryOfItsOwnOncePerYear() throws Exception {
        Occupancy occupancy = placed("Regul", START, "300.00");
        manager.run(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 2)));
        manager.run(() -> rent.regulariseCharges(occupancy.getId(), 2026, LocalDate.of(2026, 3, 1),
                Money.of("-35.40"), "Eau : consommation réelle inférieure"));
        RentAccount account = manager.call(() -> rent.accountOf(occupancy.getId()));
        assertEquals(Money.of("214.60"), account.balance());
        RentAccount.Line line = account.statement().get(1);
        assertEquals(RentAccount.LineKind.CHARGES_REGULARISATION, line.kind());
        assertEquals(Money.of("35.40"), line.credit());
        assertEquals("Eau : consommation réelle inférieure", line.reason());
        assertEquals("rent.regularisation.alreadyDone", assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.regulariseCharges(occupancy.getId(), 2026, LocalDate.of(2026, 3, 2), Money.of("10.00"),
                        "encore"))).messageKey());
        manager.run(() -> rent.regulariseCharges(occupancy.getId(), 2025, LocalDate.of(2026, 3, 2),
                Money.of("12.00"), "Chauffage 2025"));
        assertEquals(Money.of("226.60"), manager.call(() -> rent.accountOf(occupancy.getId())).balance());
    }

    @Test
    void aPaymentRecordedThenReversedChangesNeitherStatementNorArrearsNorPlan() throws Exception {
        Occupancy occupancy = placed("Annulation", START, "400.00"); // 150.00 a month
        for (int m = 1; m <= 4; m++) {
            YearMonth month = YearMonth.of(2026, m);
            manager.run(() -> rent.issueRentCall(occupancy.getId(), month));
        }
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 2, 10), Money.of("200.00"),
                Payer.HOUSEHOLD, PaymentMethod.CHEQUE, "CHQ 1234567", null));
        RepaymentPlan plan = manager.call(() -> rent.agreeRepaymentPlan(occupancy.getId(), LocalDate.of(2026, 4, 15),
                Money.of("400.00"), RepaymentPlan.monthly(Money.of("400.00"), 4, LocalDate.of(2026, 5, 5))));
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 5, 5), Money.of("100.00"),
                Payer.HOUSEHOLD, PaymentMethod.TRANSFER, "VIR-0505", plan.getId()));
        List<LocalDate> days = List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 6, 20), LocalDate.of(2026, 11, 30));
        RentAccount before = manager.call(() -> rent.accountOf(occupancy.getId()));
        List<Arrears> arrearsBefore = days.stream().map(before::arrearsOn).toList();
        List<PlanFollowUp> followUpsBefore = manager.call(() -> days.stream()
                .map(d -> rent.followUpRepaymentPlan(plan.getId(), d)).toList());

        Payment mistake = manager.call(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 5, 5),
                Money.of("1000.00"), Payer.CAF, PaymentMethod.CAF_THIRD_PARTY, "APL mai (doublon)", plan.getId()));
        assertEquals("rent.payment.reversalNeedsReason", assertThrows(RentRefused.class,
                () -> manager.call(() -> rent.reversePayment(mistake.getId(), "  "))).messageKey());
        Payment reversal = manager.call(() -> rent.reversePayment(mistake.getId(), "Saisi deux fois"));
        assertEquals(Money.of("-1000.00"), reversal.getAmount());
        assertEquals(mistake.getId(), reversal.getReversesPaymentId());
        assertEquals("rent.payment.alreadyReversed", assertThrows(RentRefused.class,
                () -> manager.call(() -> rent.reversePayment(mistake.getId(), "encore"))).messageKey());
        assertEquals("rent.payment.reversalOfReversal", assertThrows(RentRefused.class,
                () -> manager.call(() -> rent.reversePayment(reversal.getId(), "encore"))).messageKey());

        RentAccount after = manager.call(() -> rent.accountOf(occupancy.getId()));
        assertEquals(before.balance(), after.balance());
        assertEquals(arrearsBefore, days.stream().map(after::arrearsOn).toList());
        assertEquals(followUpsBefore, manager.call(() -> days.stream()
                .map(d -> rent.followUpRepaymentPlan(plan.getId(), d)).toList()));
        List<RentAccount.Line> lines = after.statement();
        assertEquals(before.statement().size() + 2, lines.size(), "both lines kept in the statement");
        RentAccount.Line cancelled = lines.stream().filter(l -> mistake.getId().equals(l.paymentId())).findFirst()
                .orElseThrow();
        RentAccount.Line cancelling = lines.get(lines.indexOf(cancelled) + 1);
        assertEquals(RentAccount.LineKind.REVERSAL, cancelling.kind());
        assertEquals("Saisi deux fois", cancelling.reason());
        assertEquals(Money.of("1000.00"), cancelling.debit());
        RentAccount.Line cheque = lines.stream().filter(l -> "CHQ 1234567".equals(l.reference())).findFirst()
                .orElseThrow();
        assertEquals(PaymentMethod.CHEQUE, cheque.method());
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where entity_type = 'Payment'"
                + " and action = 'CREATE' and entity_id = " + reversal.getId() + " and username = 'rental-manager'"),
                "the trail names who reversed it");
        assertThrows(EJBAccessException.class, () -> director.call(() -> rent.reversePayment(mistake.getId(), "x")));
    }

    @Test
    void anOverpaymentIsACreditCarriedToTheNextCall() throws Exception {
        Occupancy occupancy = placed("Credit", START, "400.00"); // 150.00 a month
        manager.run(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 1)));
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 1, 20), Money.of("200.00"),
                Payer.HOUSEHOLD, PaymentMethod.CASH, "Reçu 12", null));
        assertEquals(Money.of("50.00"), manager.call(() -> rent.accountOf(occupancy.getId())).credit());
        manager.run(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 2)));
        RentAccount account = manager.call(() -> rent.accountOf(occupancy.getId()));
        RentAccount.Line february = account.statement().get(2);
        assertEquals(YearMonth.of(2026, 2), february.month());
        assertEquals(Money.of("50.00"), february.creditCarried());
        assertEquals(Money.of("100.00"), february.balance());
        assertEquals(Money.of("100.00"), account.arrearsOn(LocalDate.of(2026, 2, 15)).total());
    }

    @Test
    void aPaymentIsDatedAtTheLatestTodayAsTheAssociationClockSaysIt() throws Exception {
        Occupancy occupancy = placed("Horloge", START, "100.00");
        LocalDate inForty = AssociationClock.today().plusDays(40);
        assertEquals("rent.payment.inFuture", assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.recordPayment(occupancy.getId(), inForty, Money.of("20.00"), Payer.HOUSEHOLD,
                        PaymentMethod.CASH, "Reçu 40", null))).messageKey());
        // a test sets the date; the clock runs on from there until the setting is closed
        try (AssociationClock.Setting later = AssociationClock.setTo(
                inForty.atTime(12, 0).atZone(AssociationClock.zone()).toInstant())) {
            assertEquals(inForty, AssociationClock.today());
            Payment taken = manager.call(() -> rent.recordPayment(occupancy.getId(), inForty, Money.of("20.00"),
                    Payer.HOUSEHOLD, PaymentMethod.CASH, "Reçu 40", null));
            assertEquals(inForty, taken.getPaidOn());
        }
        assertTrue(AssociationClock.today().isBefore(inForty), "the clock is back to the system's");
    }

    @Test
    void aLeaseTransferDatedInTheFutureIsScheduledAndAppliedOnceOnItsDate() throws Exception {
        Occupancy occupancy = placed("Programme", START, "300.00");
        LocalDate on = LocalDate.now().plusDays(40);
        OccupancyService.LeaseTransfer scheduled = manager.call(() -> occupancies.transferLease(occupancy.getId(),
                occupancy.getVersion(), on));
        assertTrue(scheduled.scheduled().isPresent());
        Occupancy still = manager.call(() -> occupancies.getOccupancy(occupancy.getId()));
        assertTrue(still.isOpen(), "nothing changes before its date");
        assertEquals(DwellingState.OCCUPIED, manager.call(() -> dwellings.getDwelling(occupancy.getDwellingId()))
                .getState());
        assertEquals(MeasureStatus.OPEN, coordinator.call(() -> measures.getMeasure(occupancy.getMeasureId()))
                .getStatus());
        ScheduledDeparture pending = manager.call(() -> occupancies.scheduledDeparture(occupancy.getId())).orElseThrow();
        assertEquals(on, pending.getEffectiveOn());
        assertEquals(OccupancyEnd.LEASE_TRANSFER, pending.getKind());
        assertEquals("departure.alreadyScheduled", assertThrows(HousingRefused.class, () -> manager.call(
                () -> occupancies.leaveDwelling(occupancy.getId(), still.getVersion(), on.plusDays(1), "x")))
                .messageKey());
        // the call of the month of the transfer stops the day before it
        YearMonth month = YearMonth.from(on);
        RentCall last = manager.call(() -> rent.issueRentCall(occupancy.getId(), month));
        assertEquals(on.getDayOfMonth() == 1 ? null : on.getDayOfMonth() - 1, last.getDaysCalled());

        assertEquals(BatchStatus.COMPLETED, run(on.minusDays(1)));
        assertTrue(manager.call(() -> occupancies.getOccupancy(occupancy.getId())).isOpen(), "not before its date");

        assertEquals(BatchStatus.COMPLETED, run(on));
        Occupancy ended = manager.call(() -> occupancies.getOccupancy(occupancy.getId()));
        assertEquals(on, ended.getEnd());
        assertEquals(OccupancyEnd.LEASE_TRANSFER, ended.getEndedBy());
        Measure measure = coordinator.call(() -> measures.getMeasure(occupancy.getMeasureId()));
        assertEquals(MeasureStatus.ENDED, measure.getStatus());
        assertEquals(HousingOutcome.LEASE_TRANSFERRED, measure.getHousingOutcome());
        assertEquals(DwellingState.LEFT_STOCK, manager.call(() -> dwellings.getDwelling(occupancy.getDwellingId()))
                .getState());
        long version = ended.getVersion();

        assertEquals(BatchStatus.COMPLETED, run(on.plusDays(1)), "run again");
        assertFalse(administrator.call(() -> occupancies.applyScheduledDeparture(pending.getId(), on)),
                "applied once only");
        assertEquals(version, manager.call(() -> occupancies.getOccupancy(occupancy.getId())).getVersion());
        assertEquals(1, TestDatabase.count("select count(*) from scheduled_departure where occupancy_id = "
                + occupancy.getId() + " and status = 'APPLIED'"));
    }

    @Test
    void aScheduledDepartureIsCancelledBeforeItsDateOrAppliedAfterARestart() throws Exception {
        Occupancy cancelled = placed("Annule", START, "300.00");
        Occupancy first = placed("Premier", START, "300.00");
        Occupancy second = placed("Second", START, "300.00");
        LocalDate on = LocalDate.now().plusDays(20);
        for (Occupancy o : List.of(cancelled, first, second)) {
            manager.run(() -> occupancies.leaveDwelling(o.getId(), o.getVersion(), on, "Bon état"));
        }
        ScheduledDeparture toCancel = manager.call(() -> occupancies.scheduledDeparture(cancelled.getId())).orElseThrow();
        manager.run(() -> occupancies.cancelScheduledDeparture(toCancel.getId(), toCancel.getVersion()));
        long secondId = manager.call(() -> occupancies.scheduledDeparture(second.getId())).orElseThrow().getId();

        TestDatabase.execute("create or replace function departures_it_failure() returns trigger as $$ begin"
                + " if new.id = " + secondId + " and new.status = 'APPLIED' then raise exception 'injected failure';"
                + " end if; return new; end $$ language plpgsql");
        TestDatabase.execute("create trigger departures_it_failure before update on scheduled_departure"
                + " for each row execute function departures_it_failure()");
        long failed;
        try {
            Properties parameters = parameters(on);
            parameters.setProperty(Jobs.ITEM_COUNT, "1");
            failed = administrator.call(() -> jobs.start(Jobs.SCHEDULED_DEPARTURES, parameters));
            assertEquals(BatchStatus.FAILED, JobRuns.awaitEnd(administrator, jobs, failed));
        } finally {
            TestDatabase.execute("drop trigger departures_it_failure on scheduled_departure");
        }
        assertFalse(manager.call(() -> occupancies.getOccupancy(first.getId())).isOpen(), "the first applied");
        assertTrue(manager.call(() -> occupancies.getOccupancy(second.getId())).isOpen(), "the second not yet");
        long restarted = administrator.call(() -> jobs.restart(failed, parameters(on)));
        assertEquals(BatchStatus.COMPLETED, JobRuns.awaitEnd(administrator, jobs, restarted));
        assertEquals(on, manager.call(() -> occupancies.getOccupancy(second.getId())).getEnd());
        assertEquals(on, manager.call(() -> occupancies.getOccupancy(first.getId())).getEnd());
        assertTrue(manager.call(() -> occupancies.getOccupancy(cancelled.getId())).isOpen(), "cancelled: never applied");
        assertEquals(2, TestDatabase.count("select count(*) from scheduled_departure where status = 'APPLIED'"
                + " and occupancy_id in (" + first.getId() + ", " + second.getId() + ", " + cancelled.getId() + ")"));
    }

    @Test
    void aDebtLeftBehindIsWrittenOffOnceADirectorApproves() throws Exception {
        Occupancy occupancy = placed("Irrecouvrable", START, "400.00"); // 150.00 a month
        for (int m = 1; m <= 3; m++) {
            YearMonth month = YearMonth.of(2026, m);
            manager.run(() -> rent.issueRentCall(occupancy.getId(), month));
        }
        assertEquals("rent.writeOff.occupancyOpen", assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.proposeWriteOff(occupancy.getId(), Money.of("100.00"), "Parti sans adresse")))
                .messageKey());
        // leaves after the last day of March (the end is the first day no longer occupied): all of March owed
        manager.run(() -> occupancies.leaveDwelling(occupancy.getId(), occupancy.getVersion(), LocalDate.of(2026, 4, 1),
                "Dégradations"));
        // the account of the closed occupancy still takes payments and a plan
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 5, 2), Money.of("50.00"),
                Payer.HOUSEHOLD, PaymentMethod.CHEQUE, "CHQ 7654321", null));
        RepaymentPlan plan = manager.call(() -> rent.agreeRepaymentPlan(occupancy.getId(), LocalDate.of(2026, 5, 10),
                Money.of("400.00"), RepaymentPlan.monthly(Money.of("400.00"), 8, LocalDate.of(2026, 6, 5))));
        assertTrue(manager.call(() -> rent.arrearsOn(LocalDate.now())).stream()
                .anyMatch(l -> l.occupancyId() == occupancy.getId()), "listed in the arrears after departure");

        assertEquals("rent.writeOff.aboveBalance", assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.proposeWriteOff(occupancy.getId(), Money.of("400.01"), "trop"))).messageKey());
        AccountEntry proposed = manager.call(() -> rent.proposeWriteOff(occupancy.getId(), Money.of("400.00"),
                "Parti sans adresse, commission du 12/11"));
        assertEquals(Money.of("400.00"), manager.call(() -> rent.accountOf(occupancy.getId())).balance(),
                "a proposal counts for nothing yet");
        assertThrows(EJBAccessException.class, () -> manager.call(() -> rent.approveWriteOff(proposed.getId(),
                proposed.getVersion())));
        AccountEntry approved = director.call(() -> rent.approveWriteOff(proposed.getId(), proposed.getVersion()));
        assertEquals("director", approved.getApprovedBy());
        assertEquals("rental-manager", approved.getProposedBy());
        RentAccount account = manager.call(() -> rent.accountOf(occupancy.getId()));
        assertEquals(Money.ZERO, account.balance());
        assertEquals(RentAccount.LineKind.WRITE_OFF, account.statement().get(account.statement().size() - 1).kind());
        assertFalse(manager.call(() -> rent.arrearsOn(LocalDate.now())).stream()
                .anyMatch(l -> l.occupancyId() == occupancy.getId()));
        assertEquals(PlanStatus.ON_TRACK, manager.call(() -> rent.followUpRepaymentPlan(plan.getId(),
                LocalDate.of(2026, 5, 20))).status(), "a plan agreed after departure is followed");

        // a director who proposes does not approve their own proposal
        Occupancy other = placed("Irrecouvrable-Deux", START, "400.00");
        manager.run(() -> rent.issueRentCall(other.getId(), YearMonth.of(2026, 1)));
        manager.run(() -> occupancies.leaveDwelling(other.getId(), other.getVersion(), LocalDate.of(2026, 2, 1), "ok"));
        AccountEntry own = director.call(() -> rent.proposeWriteOff(other.getId(), Money.of("150.00"), "Décès"));
        assertEquals("rent.writeOff.ownProposal", assertThrows(RentRefused.class, () -> director.call(
                () -> rent.approveWriteOff(own.getId(), own.getVersion()))).messageKey());
    }

    private BatchStatus run(LocalDate runDate) throws Exception {
        return JobRuns.run(administrator, jobs, Jobs.SCHEDULED_DEPARTURES, parameters(runDate));
    }

    private static Properties parameters(LocalDate runDate) {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.RUN_DATE, runDate.toString());
        return parameters;
    }
}
