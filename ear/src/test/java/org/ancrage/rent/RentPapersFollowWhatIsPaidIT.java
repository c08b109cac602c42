package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.ancrage.documents.Paper;
import org.ancrage.households.HouseholdService;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.Occupancy;
import org.ancrage.housing.OccupancyService;
import org.ancrage.landlords.LandlordService;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.money.Money;
import org.ancrage.organisation.Association;
import org.ancrage.organisation.AssociationRefused;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.security.AccountService;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.AssociationIdentity;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.DomainMessages;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.HousingFixture;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The papers of the rent, read back from their PDF: a household housed from January 2026 at 480.00
 * rent and 70.00 charges less 100.00 of housing benefit (450.00 due a month); January paid in full,
 * February in part (200.00), March not at all. January has its quittance stating rent and charges
 * apart; February only a receipt for the 200.00 paid, its quittance refused; March no receipt at all,
 * said in words, but its call notice. Each paper generated is in the trail under who generated it;
 * a social worker generates none.
 */
@ExtendWith(ArquillianExtension.class)
class RentPapersFollowWhatIsPaidIT {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(RentPapersFollowWhatIsPaidIT.class);
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
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.RentalManager manager;
    @EJB RunAs.SocialWorker worker;

    private HousingFixture fixture;
    private String associationBefore;
    private String association;

    @BeforeEach
    void references() throws Exception {
        fixture = HousingFixture.of(new HousingFixture.Services(programmes, organisation, accounts, households,
                measures, landlords, dwellings, occupancies), administrator, coordinator, manager);
        // The papers' issuer is the association once described (another test may have): none here.
        TestDatabase.execute("delete from association");
        associationBefore = System.getProperty(AssociationIdentity.NAME_PROPERTY);
        association = "Association Ancrage Meuse " + Long.toString(System.nanoTime(), 36);
        System.setProperty(AssociationIdentity.NAME_PROPERTY, association);
    }

    @AfterEach
    void associationAsItWas() {
        if (associationBefore == null) {
            System.clearProperty(AssociationIdentity.NAME_PROPERTY);
        } else {
            System.setProperty(AssociationIdentity.NAME_PROPERTY, associationBefore);
        }
    }

    /** The text of every page, any space (no-break, narrow, doubled by the extractor) as one plain space. */
    private static String text(RentPaper paper) throws Exception {
        return text(paper.pdf());
    }

    /**
     * Each part is in the text, whatever the spaces and line breaks: the extractor joins a table's cells
     * with or without a space, and a sentence may break anywhere.
     */
    private static void says(String text, String... parts) {
        String squeezed = text.replaceAll("\\s+", "");
        for (String part : parts) {
            assertTrue(squeezed.contains(part.replaceAll("\\s+", "")), "« " + part + " » in:\n" + text);
        }
    }

    private static long papersInTheTrail(RentCall call, String paper) throws Exception {
        return TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'RentCall'"
                + " and entity_id = " + call.getId() + " and household_id = " + call.getHouseholdId()
                + " and username = 'rental-manager' and changes::jsonb ->> 'paper' = '" + paper + "'");
    }

    @Test
    void aMonthPaidHasItsQuittanceAMonthPartlyPaidAReceiptForWhatWasPaidAndAnUnpaidOneNone() throws Exception {
        String name = "Quittance" + Long.toString(System.nanoTime(), 36);
        Measure measure = fixture.householdWithMeasure(name, START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START.minusMonths(1));
        Occupancy occupancy = fixture.place(measure, dwelling, START, "100.00");
        String household = name.toUpperCase() + " Awa";
        String address = dwelling.getDisplayAddress();
        List<RentCall> calls = List.of(
                manager.call(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 1))),
                manager.call(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 2))),
                manager.call(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 3))));
        RentCall january = calls.get(0);
        RentCall february = calls.get(1);
        RentCall march = calls.get(2);
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 1, 4), Money.of("450.00"),
                Payer.HOUSEHOLD, "VIR-JANV", null));
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 2, 6), Money.of("200.00"),
                Payer.HOUSEHOLD, "CHQ-FEV", null));

        // January, paid in full: its quittance, rent and charges stated apart, the benefit, the household's share
        RentPaper quittance = manager.call(() -> rent.rentPaper(january.getId(), null, Locale.FRENCH));
        assertEquals(RentPaperKind.QUITTANCE, quittance.kind());
        assertEquals("quittance-2026-01.pdf", quittance.fileName());
        String text = text(quittance);
        says(text, association, "Quittance de loyer — janvier 2026", household, address, "Loyer 480,00 €",
                "Charges 70,00 €", "550,00 €", "-100,00 €", "Payé par le locataire", "450,00 €",
                "en donne quittance");
        assertFalse(text.contains("Reçu"), text);
        assertEquals(1, papersInTheTrail(january, "QUITTANCE"));

        // February, 200.00 of 450.00: a receipt for the amount paid, never a quittance
        RentPaper receipt = manager.call(() -> rent.rentPaper(february.getId(), null, Locale.FRENCH));
        assertEquals(RentPaperKind.PARTIAL_RECEIPT, receipt.kind());
        text = text(receipt);
        says(text, association, "Reçu de paiement partiel — février 2026", household, address,
                "la somme de 200,00 €", "Montant reçu 200,00 €", "Reste dû 250,00 €", "Montant dû 450,00 €",
                "Ce reçu ne vaut pas quittance");
        assertFalse(text.contains("Quittance de loyer") || text.contains("en donne quittance"), text);
        RentRefused noQuittance = assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.rentPaper(february.getId(), RentPaperKind.QUITTANCE, Locale.FRENCH)));
        assertEquals("rent.quittance.partlyPaid", noQuittance.messageKey());
        String said = DomainMessages.text(noQuittance, Locale.FRENCH).replace('\u202f', ' ').replace('\u00a0', ' ');
        says(said, "février 2026", "200,00 €", "450,00 €", "250,00 €", "reçu");
        assertEquals(0, papersInTheTrail(february, "QUITTANCE"), "a paper refused leaves nothing generated");
        assertEquals(1, papersInTheTrail(february, "PARTIAL_RECEIPT"));

        // March, nothing paid: no receipt of any kind, said in words; its call notice
        RentRefused none = assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.rentPaper(march.getId(), null, Locale.FRENCH)));
        assertEquals("rent.receipt.unpaid", none.messageKey());
        says(DomainMessages.text(none, Locale.FRENCH), "mars 2026", "ni quittance ni reçu");
        assertEquals("rent.receipt.unpaid", assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.rentPaper(march.getId(), RentPaperKind.PARTIAL_RECEIPT, Locale.FRENCH))).messageKey());
        RentPaper notice = manager.call(() -> rent.rentPaper(march.getId(), RentPaperKind.NOTICE, Locale.FRENCH));
        assertEquals("avis-echeance-2026-03.pdf", notice.fileName());
        says(text(notice), association, "Avis d’échéance — mars 2026", household, address, "Loyer 480,00 €",
                "Charges 70,00 €", "Montant dû 450,00 €", "Date d’échéance 01/03/2026");
        assertEquals(1, papersInTheTrail(march, "NOTICE"));

        // each paper generated is kept among the household's documents as it was handed out, naming who
        // generated it; the refused ones are not
        String kept = "select count(*) from document where household_id = " + january.getHouseholdId()
                + " and generated and added_by = 'rental-manager' and referral_id is null";
        assertEquals(3, TestDatabase.count(kept));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(quittance.pdf())),
                TestDatabase.text("select sha256 from document where household_id = " + january.getHouseholdId()
                        + " and file_name = 'quittance-2026-01.pdf'"));

        // a payment of the rest of February makes its quittance due, and its partial receipt no more
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 2, 20), Money.of("250.00"),
                Payer.HOUSEHOLD, "CHQ-FEV-2", null));
        assertEquals(RentPaperKind.QUITTANCE, manager.call(() -> rent.rentPaper(february.getId(), null,
                Locale.FRENCH)).kind());
        assertEquals("rent.receipt.fullyPaid", assertThrows(RentRefused.class, () -> manager.call(
                () -> rent.rentPaper(february.getId(), RentPaperKind.PARTIAL_RECEIPT, Locale.FRENCH))).messageKey());

        // in the reader's language
        says(text(manager.call(() -> rent.rentPaper(january.getId(), RentPaperKind.QUITTANCE, Locale.ENGLISH))),
                "Rent receipt — January 2026", "Rent €480.00", "Charges €70.00", "Paid by the tenant €450.00");

        // a social worker prints none
        assertThrows(EJBAccessException.class, () -> worker.call(
                () -> rent.rentPaper(january.getId(), RentPaperKind.NOTICE, Locale.FRENCH)));
    }

    @Test
    void aDebtStatementAtADateListsWhatWasDueAndPaidByThenWithWhatIsOwedAndSinceWhen() throws Exception {
        String name = "Decompte" + Long.toString(System.nanoTime(), 36);
        Measure measure = fixture.householdWithMeasure(name, START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START.minusMonths(1));
        Occupancy occupancy = fixture.place(measure, dwelling, START, "100.00");
        for (int month = 1; month <= 3; month++) {
            YearMonth called = YearMonth.of(2026, month);
            manager.run(() -> rent.issueRentCall(occupancy.getId(), called));
        }
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 1, 4), Money.of("450.00"),
                Payer.HOUSEHOLD, "VIR-JANV", null));
        manager.run(() -> rent.recordPayment(occupancy.getId(), LocalDate.of(2026, 2, 6), Money.of("200.00"),
                Payer.HOUSEHOLD, "CHQ-FEV", null));

        // On 15 March: the three calls and two payments; 700,00 € owed, February's rest and March by age
        Paper march = worker.call(() -> rent.debtStatement(occupancy.getId(), LocalDate.of(2026, 3, 15),
                Locale.FRENCH));
        assertEquals("decompte-2026-03-15.pdf", march.fileName());
        String text = text(march.pdf());
        says(text, association, "Décompte de la dette locative au 15/03/2026", name.toUpperCase() + " Awa",
                dwelling.getDisplayAddress(), "Appel de loyer janvier 2026", "Paiement reçu (VIR-JANV)",
                "Appel de loyer février 2026", "Paiement reçu (CHQ-FEV)", "Appel de loyer mars 2026",
                "Solde dû au 15/03/2026 (négatif : en crédit) 700,00 €",
                "dont impayé depuis 30 jours au plus 450,00 €", "dont impayé depuis 31 à 60 jours 250,00 €",
                "Plus ancienne échéance impayée 01/02/2026");
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where action = 'EXPORT'"
                + " and entity_type = 'Occupancy' and entity_id = " + occupancy.getId() + " and username = 'social-worker'"
                + " and changes::jsonb ->> 'paper' = 'DEBT_STATEMENT' and changes::jsonb ->> 'balance' = '700.00'"));

        // On 10 February: March's call is not there yet
        String february = text(manager.call(() -> rent.debtStatement(occupancy.getId(), LocalDate.of(2026, 2, 10),
                Locale.FRENCH)).pdf());
        says(february, "Solde dû au 10/02/2026 (négatif : en crédit) 250,00 €");
        assertFalse(february.contains("mars 2026"), february);

        // in English; never for a date to come
        says(text(manager.call(() -> rent.debtStatement(occupancy.getId(), LocalDate.of(2026, 3, 15),
                Locale.ENGLISH)).pdf()), "Statement of rent owed as of", "Rent call March 2026", "€700.00");
        RentRefused future = assertThrows(RentRefused.class, () -> manager.call(() -> rent.debtStatement(
                occupancy.getId(), AssociationClock.today().plusDays(1), Locale.FRENCH)));
        assertEquals("rent.debtStatement.future", future.messageKey());
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        return text.toString().replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[ \\t]+", " ");
    }

    @Test
    void theAssociationDescribedByAnAdministratorIsOnEveryPaperOverTheDomainsName() throws Exception {
        String name = "Described" + Long.toString(System.nanoTime(), 36);
        Measure measure = fixture.householdWithMeasure(name, START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START.minusMonths(1));
        Occupancy occupancy = fixture.place(measure, dwelling, START, "100.00");
        RentCall call = manager.call(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 1)));
        try {
            Association described = administrator.call(() -> organisation.describeAssociation(null,
                    "Association Toit Meusien", "12 rue de la Paix\n55100 Verdun", "732 829 320 00074",
                    "Marie Durand, directrice"));
            String notice = text(manager.call(() -> rent.rentPaper(call.getId(), RentPaperKind.NOTICE, Locale.FRENCH)));
            says(notice, "Association Toit Meusien", "12 rue de la Paix", "55100 Verdun", "SIRET 732 829 320 00074",
                    "Marie Durand, directrice");
            assertFalse(notice.contains(association), "the domain's name gives way to the association described");
            says(text(manager.call(() -> rent.debtStatement(occupancy.getId(), null, Locale.FRENCH)).pdf()),
                    "Association Toit Meusien", "SIRET 732 829 320 00074");

            // A SIRET whose key fails is refused, nothing changed; an edit on a version read before another's is refused.
            assertEquals("association.siret", assertThrows(AssociationRefused.class, () -> administrator.call(
                    () -> organisation.describeAssociation(described.getVersion(), "Autre nom", null,
                            "732 829 320 00075", null))).messageKey());
            assertThrows(ConcurrentEditException.class, () -> administrator.call(
                    () -> organisation.describeAssociation(null, "Autre nom", null, null, null)));
            Association renamed = administrator.call(() -> organisation.describeAssociation(described.getVersion(),
                    "Toit Meusien", null, null, null));
            assertThrows(ConcurrentEditException.class, () -> administrator.call(
                    () -> organisation.describeAssociation(described.getVersion(), "Écrasé", null, null, null)));
            assertEquals("Toit Meusien", TestDatabase.text("select name from association"));
            assertEquals(described.getVersion() + 1, renamed.getVersion());
            assertThrows(EJBAccessException.class, () -> manager.call(
                    () -> organisation.describeAssociation(renamed.getVersion(), "Gestion", null, null, null)));
        } finally {
            TestDatabase.execute("delete from association");
        }
    }

    @Test
    void withoutTheAssociationsNameSetThePaperNamesTheServiceOfTheDwelling() throws Exception {
        System.clearProperty(AssociationIdentity.NAME_PROPERTY);
        String name = "Service" + Long.toString(System.nanoTime(), 36);
        Measure measure = fixture.householdWithMeasure(name, START);
        Dwelling dwelling = fixture.dwellingUnderLease(AfterLeaseTransfer.LEAVES_STOCK, START.minusMonths(1));
        Occupancy occupancy = fixture.place(measure, dwelling, START, "100.00");
        RentCall call = manager.call(() -> rent.issueRentCall(occupancy.getId(), YearMonth.of(2026, 1)));
        String service = TestDatabase.text("select name from service_unit where id = " + dwelling.getServiceUnitId());
        says(text(manager.call(() -> rent.rentPaper(call.getId(), RentPaperKind.NOTICE, Locale.FRENCH))), service);
    }
}
