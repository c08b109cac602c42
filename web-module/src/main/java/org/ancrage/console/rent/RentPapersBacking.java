package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ancrage.console.Downloads;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.rent.FinalSettlementService;
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
        return file.send(null, () -> Downloads.of(rent.rentPaper(callId, kind, file.locale()).paper()));
    }

    /** The final settlement of an occupancy that ended (the service refuses it before the departure). */
    public StreamedContent finalSettlement(long occupancyId) {
        return file.send(null,
                () -> Downloads.of(settlements.finalSettlement(occupancyId, file.locale()).paper()));
    }

}
