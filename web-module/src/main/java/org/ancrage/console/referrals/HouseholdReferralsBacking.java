package org.ancrage.console.referrals;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ancrage.console.Downloads;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.documents.Document;
import org.ancrage.documents.DocumentService;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.referrals.Referral;
import org.ancrage.referrals.ReferralService;
import org.primefaces.model.StreamedContent;

/**
 * The referrals of the household whose file is open, as its referrals tab shows them: programme,
 * date, orienting body and its reference, who referred, status, the admission interview and the
 * documents (each downloadable, by {@code HouseholdDocumentsBacking}). Read once per request, so that a referral just received shows at once.
 */
@Named
@RequestScoped
public class HouseholdReferralsBacking {

    @EJB private ReferralService referrals;
    @EJB private DocumentService documents;
    @EJB private ProgrammeService programmes;
    @Inject private HouseholdFileBacking file;

    private List<Referral> list;
    private Map<Long, String> programmeNames;
    private final Map<Long, List<Document>> documentsByReferral = new HashMap<>();

    public List<Referral> getReferrals() {
        if (list == null) {
            list = file.getId() == null ? List.of() : referrals.referralsOfHousehold(file.getId());
        }
        return list;
    }

    public String programmeOf(Referral referral) {
        if (programmeNames == null) {
            programmeNames = programmes.programmeNames();
        }
        return programmeNames.getOrDefault(referral.getProgrammeId(), "—");
    }

    /** The letter of the decision on a referral, to the household; a refusal is said in the file's message area. */
    public StreamedContent letter(long referralId) {
        return file.send(null, () -> Downloads.of(referrals.decisionLetter(referralId, file.locale())));
    }

    public List<Document> documentsOf(Referral referral) {
        return documentsByReferral.computeIfAbsent(referral.getId(), id -> documents.documentsOfReferral(id));
    }
}
