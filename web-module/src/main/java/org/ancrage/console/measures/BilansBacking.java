package org.ancrage.console.measures;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ancrage.console.Downloads;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.measures.Evaluation;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.primefaces.model.StreamedContent;

/**
 * A measure's evaluations (bilans), the latest first, each read in full from the household's file
 * and printed as the PDF sent to the funder (kept among the household's documents by the service).
 */
@Named
@ViewScoped
public class BilansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private MeasureService measures;
    @Inject private HouseholdFileBacking file;

    private Long measureId;
    private String programmeName;
    private List<Evaluation> evaluations = List.of();

    public void prepare(Measure measure) {
        measureId = measure.getId();
        programmeName = measure.getProgramme().getName();
        List<Evaluation> latestFirst = new ArrayList<>(measure.getEvaluations());
        Collections.reverse(latestFirst);
        evaluations = latestFirst;
    }

    /** The bilan as PDF in the reader's language; a refusal is said in the file's message area. */
    public StreamedContent pdf(long evaluationId) {
        return file.send(null, () -> Downloads.of(measures.bilanPdf(measureId, evaluationId, file.locale())));
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public List<Evaluation> getEvaluations() {
        return evaluations;
    }
}
