package org.ancrage.console.rent;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.rent.RentPaper;
import org.ancrage.rent.RentPaperKind;
import org.ancrage.rent.RentService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The papers of a month's rent printed from the household's file: its call notice, and its receipt
 * — the quittance of a month fully paid, a receipt for the amount paid of a month partly paid. The
 * statement offers each only for a month that may have it; the service checks it again (a payment
 * reversed meanwhile) and writes each to the trail; a refusal is said in words in the file's message
 * area, and nothing is sent.
 */
@Named
@RequestScoped
public class RentPapersBacking {

    @EJB private RentService rent;
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
            download.set(DefaultStreamedContent.builder().name(paper.fileName()).contentType("application/pdf")
                    .contentLength((long) paper.pdf().length).stream(() -> new ByteArrayInputStream(paper.pdf()))
                    .build());
        });
        return download.get();
    }

    private Locale locale() {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
    }
}
