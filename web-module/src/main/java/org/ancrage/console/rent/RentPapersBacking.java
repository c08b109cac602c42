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
 * service decides which the month may have and writes each to the trail; a month that may have none
 * is said in words in the file's message area, and nothing is sent.
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

    /** The receipt the month may have: its quittance when fully paid, a receipt for the amount paid when partly. */
    public StreamedContent receipt(long callId) {
        return paper(callId, null);
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
