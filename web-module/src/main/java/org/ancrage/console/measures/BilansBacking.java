package org.ancrage.console.measures;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ancrage.measures.Evaluation;
import org.ancrage.measures.Measure;

/** A measure's evaluations (bilans), the latest first, each read in full from the household's file. */
@Named
@ViewScoped
public class BilansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private String programmeName;
    private List<Evaluation> evaluations = List.of();

    public void prepare(Measure measure) {
        programmeName = measure.getProgramme().getName();
        List<Evaluation> latestFirst = new ArrayList<>(measure.getEvaluations());
        Collections.reverse(latestFirst);
        evaluations = latestFirst;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public List<Evaluation> getEvaluations() {
        return evaluations;
    }
}
