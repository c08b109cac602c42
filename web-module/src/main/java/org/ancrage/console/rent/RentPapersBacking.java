package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.ancrage.console.Downloads;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.rent.FinalSettlementService;
import org.ancrage.rent.RentPaper;
import org.ancrage.rent.RentPaperKind;
import org.ancrage.rent.RentService;
import org.primefaces.model.StreamedContent;

/**
 * The papers of the rent printed from the household's file: a month's call notice, and its receipt
 * — the quittance of a month fully paid, a receipt for the amount paid of a month partly paid —;
 * the final settlement of an occupancy that ended. The
 * statement offers each only for a month that may have it; the service checks it again (a payment
 * reversed meanwhile) and writes each to the trail; a refusal is said in words in the file's message
 * area, and nothing is sent.
 */
@Named
@RequestScoped
public class RentPapersBacking {

    @EJB private RentService rent;
    @EJB private FinalSettlementService settlements;
    @Inject private HouseholdFileBacking file;
    @Inject private FacesContext faces;

    public StreamedContent notice(long callId) {
        return paper(callId, RentPaperKind.NOTICE);
    }

    /** The quittance of a month fully paid (the service refuses it for any other). */
    public StreamedContent quittance(long callId) {
        return paper(callId, RentPaperKind.QUITTANCE);
    }

    /** The receipt for the amount paid of a month partly paid (the service refuses it for any other). */
    public StreamedContent partialReceipt(long callId) {
        return paper(callId, RentPaperKind.PARTIAL_RECEIPT);
    }

    private StreamedContent paper(long callId, RentPaperKind kind) {
        AtomicReference<StreamedContent> download = new AtomicReference<>();
        file.act(null, () -> {
            RentPaper paper = rent.rentPaper(callId, kind, locale());
            download.set(Downloads.of(paper.fileName(), Downloads.PDF, paper.pdf()));
        });
        return download.get();
    }

    /** The final settlement of an occupancy that ended (the service refuses it before the departure). */
    public StreamedContent finalSettlement(long occupancyId) {
        AtomicReference<StreamedContent> download = new AtomicReference<>();
        file.act(null, () -> {
            FinalSettlementService.FinalSettlement settlement = settlements.finalSettlement(occupancyId, locale());
            download.set(Downloads.of(settlement.fileName(), Downloads.PDF, settlement.pdf()));
        });
        return download.get();
    }

    private Locale locale() {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
    }
}
