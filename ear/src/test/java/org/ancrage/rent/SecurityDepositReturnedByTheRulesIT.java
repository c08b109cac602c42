package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.ancrage.households.HouseholdService;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.landlords.LandlordService;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.money.Money;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.security.AccountService;
import org.ancrage.system.AssociationClock;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.HousingFixture;
import org.ancrage.testing.Pdfs;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security deposit of an occupancy at 480.00 rent excluding charges, on PostgreSQL through the
 * service: received up to the ceiling and refused above it, the keys handed back with inspections
 * that differ (two months to return it), a deduction cancelled by an entry that leaves both lines,
 * a late return owing its exact penalty, and the trail naming who did each; part of the deposit kept
 * for unpaid rent credits the rent account, its cancellation takes the credit back.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityDepositReturnedByTheRulesIT {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(SecurityDepositReturnedByTheRulesIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB LandlordService landlords;
    @EJB DwellingService dwellings;
    @EJB OccupancyService occupancies;
    @EJB DepositService deposits;
    @EJB RentService rent;
    @EJB FinalSettlementService settlements;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.RentalManager manager;
    @EJB RunAs.SocialWorker worker;

    private HousingFixture fixture;

    @BeforeEach
    void references() throws Exception {
        fixture = HousingFixture.of(new HousingFixture.Services(programmes, organisation, accounts, households,
                measures, landlords, dwellings, occupancies), administrator, coordinator, manager);
    }

    private Occupancy placed(String name) throws Exception {
        Measure measure = fixture.householdWithMeasure(name, START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START.minusMonths(1));
        return fixture.place(measure, dwelling, START, "0.00");
    }

    private void leaves(Occupancy placed, LocalDate on) throws Exception {
        Occupancy occupancy = manager.call(() -> occupancies.getOccupancy(placed.getId()));
        manager.run(() -> occupancies.leaveDwelling(occupancy.getId(), occupancy.getVersion(), on, "Murs abîmés"));
    }

    private DepositService.DepositView viewOf(Occupancy occupancy) throws Exception {
        return manager.call(() -> deposits.depositOf(occupancy.getId())).orElseThrow();
    }

    @Test
    void theFinalSettlementPutsTheAccountAndTheDepositTogetherIntoWhatIsStillOwed() throws Exception {
        Occupancy occupancy = placed("Solde-" + Long.toString(System.nanoTime(), 36));
        manager.call(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 1)));
        manager.call(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 2)));
        manager.call(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 1, 5), Money.of("550.00"),
                Payer.HOUSEHOLD, "VIR-JANV", null));
        SecurityDeposit received = manager.call(() -> deposits.receiveDeposit(occupancy.getId(), Money.of("480.00"),
                START, PaymentMethod.CHEQUE));
        assertEquals("rent.finalSettlement.notEnded", assertThrows(RentRefused.class, () -> manager.call(
                () -> settlements.finalSettlement(occupancy.getId(), Locale.FRENCH))).messageKey(), "not before the departure");

        leaves(occupancy, LocalDate.of(2026, 2, 28));
        manager.call(() -> deposits.deduct(received.getId(), "Peinture séjour", Money.of("100.00"), "Murs abîmés"));
        FinalSettlementService.FinalSettlement settlement = manager.call(
                () -> settlements.finalSettlement(occupancy.getId(), Locale.FRENCH));
        List<RentAccount.Line> lines = manager.call(() -> rent.accountOf(occupancy.getId()))
                .statementUpTo(AssociationClock.today());
        Money balance = lines.get(lines.size() - 1).balance();
        assertTrue(balance.isPositive() && balance.compareTo(Money.of("550.00")) <= 0, "February unpaid, less the day"
                + " given back at the departure: " + balance);
        assertEquals(balance.minus(Money.of("380.00")), settlement.net(), "what the account owes less the deposit"
                + " still to return (480.00 less 100.00 deducted)");
        String text = Pdfs.text(settlement.paper().pdf()).replace('\u00a0', ' ').replace('\u202f', ' ');
        for (String part : List.of("Solde de tout compte", "28/02/2026", "Appel de loyer février 2026", "VIR-JANV",
                "Retenue : Peinture séjour", "-100,00 €", "Reste à rendre au ménage", "380,00 €",
                "le ménage reste devoir " + settlement.net().amount().toPlainString().replace('.', ',') + " €")) {
            assertTrue(text.replaceAll("\\s+", " ").contains(part), "« " + part + " » in:\n" + text);
        }
        assertEquals(1, TestDatabase.count("select count(*) from document where household_id = "
                + occupancy.getHouseholdId() + " and generated and file_name = 'solde-de-tout-compte-2026-02-28.pdf'"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'Occupancy' and entity_id = " + occupancy.getId() + " and username = 'rental-manager'"
                + " and changes::jsonb ->> 'paper' = 'FINAL_SETTLEMENT'"));
        assertThrows(EJBAccessException.class, () -> worker.call(
                () -> settlements.finalSettlement(occupancy.getId(), Locale.FRENCH)), "a social worker prints none");
    }

    @Test
    void aDepositAboveOneMonthsRentIsRefusedAtMostItIsReceivedOnce() throws Exception {
        Occupancy occupancy = placed("Depot-Plafond");
        RentRefused above = assertThrows(RentRefused.class, () -> manager.call(() -> deposits.receiveDeposit(
                occupancy.getId(), Money.of("480.01"), START, PaymentMethod.CHEQUE)));
        assertEquals("deposit.aboveCeiling", above.messageKey());
        assertEquals(List.of(Money.of("480.00")), above.arguments(), "the ceiling: the rent excluding charges");
        assertTrue(manager.call(() -> deposits.depositOf(occupancy.getId())).isEmpty(), "nothing kept of it");

        SecurityDeposit deposit = manager.call(() -> deposits.receiveDeposit(occupancy.getId(), Money.of("480.00"),
                START, PaymentMethod.CHEQUE));
        assertEquals("rental-manager", deposit.getReceivedBy());
        assertEquals("deposit.alreadyReceived", assertThrows(RentRefused.class, () -> manager.call(
                () -> deposits.receiveDeposit(occupancy.getId(), Money.of("100.00"), START, PaymentMethod.CASH)))
                .messageKey());
        assertEquals("deposit.keysWhileOccupied", assertThrows(RentRefused.class, () -> manager.call(
                () -> deposits.keysReturned(deposit.getId(), deposit.getVersion(), START.plusMonths(1), true)))
                .messageKey(), "held while the occupancy runs");
        assertThrows(EJBAccessException.class, () -> worker.call(() -> deposits.receiveDeposit(occupancy.getId(),
                Money.of("10.00"), START, PaymentMethod.CASH)), "a social worker reads, does not record");
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where entity_type = 'SecurityDeposit'"
                + " and action = 'CREATE' and entity_id = " + deposit.getId() + " and username = 'rental-manager'"));
    }

    @Test
    void keysBackWithInspectionsThatDifferGiveTwoMonthsAndALateReturnOwesItsPenalty() throws Exception {
        Occupancy occupancy = placed("Depot-Retard");
        SecurityDeposit received = manager.call(() -> deposits.receiveDeposit(occupancy.getId(), Money.of("450.00"),
                START, PaymentMethod.TRANSFER));
        leaves(occupancy, LocalDate.of(2026, 3, 10));
        SecurityDeposit keys = manager.call(() -> deposits.keysReturned(received.getId(), received.getVersion(),
                LocalDate.of(2026, 3, 10), false));
        assertEquals(LocalDate.of(2026, 5, 10), keys.returnDeadline(), "two months: the inspections differ");

        // a deduction, then another made by mistake and cancelled by an entry with its reason
        DepositDeduction paint = manager.call(() -> deposits.deduct(received.getId(), "Peinture séjour",
                Money.of("120.50"), "Murs abîmés, état des lieux de sortie"));
        DepositDeduction mistaken = manager.call(() -> deposits.deduct(received.getId(), "Ménage",
                Money.of("80.00"), "Logement rendu sale"));
        RentRefused tooMuch = assertThrows(RentRefused.class, () -> manager.call(() -> deposits.deduct(
                received.getId(), "Serrure", Money.of("249.51"), "Clé perdue")));
        assertEquals("deposit.deduction.aboveDeposit", tooMuch.messageKey());
        assertEquals(Money.of("249.50"), tooMuch.arguments().get(0), "what is left to deduct");
        DepositDeduction cancellation = coordinator.call(() -> deposits.cancelDeduction(mistaken.getId(),
                "Le ménage avait été fait : erreur de saisie"));
        assertEquals(Money.of("-80.00"), cancellation.getAmount());
        assertEquals(mistaken.getId(), cancellation.getCancelsDeductionId());
        assertEquals("deposit.deduction.alreadyCancelled", assertThrows(RentRefused.class, () -> coordinator.call(
                () -> deposits.cancelDeduction(mistaken.getId(), "Encore"))).messageKey());

        DepositService.DepositView before = viewOf(occupancy);
        assertEquals(3, before.deductions().size(), "the deduction and its cancellation both stay");
        assertTrue(before.cancelled(before.deductions().get(1)));
        assertFalse(before.cancelled(before.deductions().get(0)));
        assertEquals(Money.of("120.50"), before.deducted());
        assertEquals(Money.of("329.50"), before.toReturn());
        assertEquals(LocalDate.of(2026, 5, 10), before.deadline());

        // returned on 15 July: late from 11 May, three months begun (to 10 June, 10 July, then 15 July)
        SecurityDeposit returned = manager.call(() -> deposits.returnDeposit(keys.getId(), viewOf(occupancy)
                .deposit().getVersion(), LocalDate.of(2026, 7, 15)));
        assertEquals(Money.of("329.50"), returned.getReturnedAmount());
        assertEquals(Money.of("144.00"), returned.getPenalty(), "3 × 10 % of 480.00");
        DepositService.DepositView after = viewOf(occupancy);
        assertEquals(3, after.monthsLate());
        assertEquals(Money.of("144.00"), after.penalty());
        assertEquals("deposit.alreadyReturned", assertThrows(RentRefused.class, () -> manager.call(
                () -> deposits.deduct(received.getId(), "Serrure", Money.of("1.00"), "Clé perdue"))).messageKey());

        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where entity_type = 'DepositDeduction'"
                + " and action = 'CREATE' and entity_id = " + cancellation.getId() + " and username = 'coordinator'"),
                "the trail names who cancelled");
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where entity_type = 'DepositDeduction'"
                + " and action = 'CREATE' and entity_id = " + paint.getId() + " and username = 'rental-manager'"));
        assertEquals(2, TestDatabase.count("select count(*) from audit_entry where entity_type = 'SecurityDeposit'"
                + " and action = 'UPDATE' and entity_id = " + received.getId() + " and username = 'rental-manager'"),
                "the keys and the return");
        assertEquals(0, TestDatabase.count("select count(*) from audit_entry where entity_type = 'DepositDeduction'"
                + " and action <> 'CREATE' and entity_id = " + mistaken.getId()), "never edited in place");
    }

    private Money arrearsToday(Occupancy occupancy) throws Exception {
        return manager.call(() -> rent.accountOf(occupancy.getId()).arrearsOn(AssociationClock.today()).total());
    }

    @Test
    void aDeductionForUnpaidRentLowersTheArrearsToTheCentAndItsCancellationBringsThemBack() throws Exception {
        Occupancy occupancy = placed("Depot-Impayes"); // 480.00 + 70.00 of charges: 550.00 a month
        for (int month = 1; month <= 3; month++) {
            YearMonth called = YearMonth.of(2026, month);
            manager.run(() -> rent.issueRentCall(occupancy.getId(), called));
        }
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 1, 5), Money.of("550.00"),
                Payer.HOUSEHOLD, "VIR-JANV", null));
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 2, 5), Money.of("200.15"),
                Payer.HOUSEHOLD, "VIR-FEV", null));
        SecurityDeposit deposit = manager.call(() -> deposits.receiveDeposit(occupancy.getId(), Money.of("480.00"),
                START, PaymentMethod.CHEQUE));
        leaves(occupancy, LocalDate.of(2026, 4, 1)); // March lived in to its last day: nothing given back
        assertEquals(Money.of("899.85"), arrearsToday(occupancy), "349.85 of February and 550.00 of March");

        DepositDeduction unpaid = manager.call(() -> deposits.deduct(deposit.getId(), "Loyers de février et mars",
                Money.of("412.47"), "Dette au départ, décompte du 01/04/2026", true));
        assertTrue(unpaid.isForUnpaidRent());
        assertEquals(Money.of("487.38"), arrearsToday(occupancy), "899.85 less the 412.47 kept");
        assertEquals(Money.of("487.38"), manager.call(() -> rent.accountOf(occupancy.getId()).balance()));
        List<AccountEntry> entries = manager.call(() -> rent.entriesOf(occupancy.getId()));
        AccountEntry credit = entries.stream().filter(e -> e.getKind() == EntryKind.DEPOSIT_DEDUCTION).findFirst()
                .orElseThrow();
        assertEquals(Money.of("-412.47"), credit.getAmount());
        assertEquals(unpaid.getId(), credit.getDepositDeductionId());
        assertEquals(AssociationClock.today(), credit.getEntryDate());
        assertEquals("rental-manager", credit.getProposedBy(), "the entry names who kept the deposit");
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where entity_type = 'AccountEntry'"
                + " and action = 'CREATE' and entity_id = " + credit.getId() + " and username = 'rental-manager'"));
        // the deposit pays the oldest debts first: February (349.85 owed) is now paid in full, March in part
        CallSettlement february = manager.call(() -> rent.accountOf(occupancy.getId()).settlements().get(1));
        assertEquals(YearMonth.of(2026, 2), february.month());
        assertTrue(february.fullyPaid());

        // an ordinary deduction leaves the rent account alone; one for unpaid rent above what is owed is refused
        manager.run(() -> deposits.deduct(deposit.getId(), "Ménage", Money.of("20.00"), "Logement rendu sale"));
        assertEquals(Money.of("487.38"), arrearsToday(occupancy));
        RentRefused aboveDeposit = assertThrows(RentRefused.class, () -> manager.call(() -> deposits.deduct(
                deposit.getId(), "Loyers", Money.of("47.54"), "Reste de la dette", true)));
        assertEquals("deposit.deduction.aboveDeposit", aboveDeposit.messageKey(), "47.53 left of the deposit");

        DepositDeduction cancellation = coordinator.call(() -> deposits.cancelDeduction(unpaid.getId(),
                "Décompte erroné : à refaire"));
        assertTrue(cancellation.isForUnpaidRent());
        assertEquals(Money.of("899.85"), arrearsToday(occupancy), "the arrears are back, to the cent");
        AccountEntry takenBack = manager.call(() -> rent.entriesOf(occupancy.getId())).stream()
                .filter(e -> e.getKind() == EntryKind.DEDUCTION_CANCELLED).findFirst().orElseThrow();
        assertEquals(Money.of("412.47"), takenBack.getAmount());
        assertEquals(cancellation.getId(), takenBack.getDepositDeductionId());
        assertEquals("coordinator", takenBack.getProposedBy(), "the entry names who cancelled");
        assertEquals("Décompte erroné : à refaire", takenBack.getReason());
        assertEquals(2, manager.call(() -> rent.entriesOf(occupancy.getId())).stream()
                .filter(e -> e.getKind().isCreditCorrection()).count(), "both entries stay");
        assertFalse(manager.call(() -> rent.accountOf(occupancy.getId()).settlements().get(1)).fullyPaid(),
                "February is unpaid again");
        assertEquals(Money.of("460.00"), viewOf(occupancy).toReturn(), "only the cleaning is deducted now");

        // once the household has paid its debt, nothing is kept for unpaid rent
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 4, 2), Money.of("899.85"),
                Payer.HOUSEHOLD, "VIR-SOLDE", null));
        RentRefused owesNothing = assertThrows(RentRefused.class, () -> manager.call(() -> deposits.deduct(
                deposit.getId(), "Loyers", Money.of("10.00"), "Dette", true)));
        assertEquals("deposit.deduction.noArrears", owesNothing.messageKey());
    }
}
