package org.ancrage.console.referrals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.documents.DocumentKind;
import org.ancrage.documents.DocumentService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.referrals.OrientingBody;
import org.ancrage.referrals.Referral;
import org.ancrage.referrals.ReferralService;
import org.ancrage.system.AssociationClock;
import org.primefaces.event.FileUploadEvent;

/**
 * A coordinator receives a referral for the household whose file is open: the programme, the
 * orienting body and its own reference (SIAO request number…), who refers and how to reach them,
 * a comment, and the documents that came with it (uploaded in the dialog, attached once received).
 */
@Named
@ViewScoped
public class ReferralReceptionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ReferralService referrals;
    @EJB private ProgrammeService programmes;
    @Inject private HouseholdFileBacking file;
    @Inject private Messages messages;

    @EJB private DocumentService documents;

    private Long programmeId;
    private OrientingBody orientingBody = OrientingBody.SIAO;
    private LocalDate receivedOn = AssociationClock.today();
    private String orientingReference;
    private String referrerName;
    private String referrerContact;
    private String comment;
    /** Documents chosen in the dialog, attached once the referral is received. */
    private final List<PendingDocument> pending = new ArrayList<>();

    /** A document uploaded in the dialog, checked as the service will (kind, size), not stored yet. */
    public record PendingDocument(String fileName, byte[] content) implements Serializable {
        public long getSize() {
            return content.length;
        }

        public String getFileName() {
            return fileName;
        }
    }

    /** The programmes the association runs (hidden templates left out). */
    public List<Programme> getProgrammes() {
        return programmes.programmesRun().stream().filter(Programme::isActive).toList();
    }

    /** A document chosen in the dialog: refused at once if the service would refuse it. */
    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        if (content == null || content.length == 0) {
            messages.error("referralForm:messages", "referrals.document.empty");
        } else if (content.length > DocumentService.MAX_BYTES) {
            messages.error("referralForm:messages", "referrals.document.tooLarge");
        } else if (DocumentKind.recognise(content).isEmpty()) {
            messages.error("referralForm:messages", "referrals.document.kindRefused", event.getFile().getFileName());
        } else {
            pending.add(new PendingDocument(event.getFile().getFileName(), content));
        }
    }

    public void removeDocument(PendingDocument document) {
        pending.remove(document);
    }

    public List<PendingDocument> getPending() {
        return pending;
    }

    public List<OrientingBody> getOrientingBodies() {
        return Arrays.asList(OrientingBody.values());
    }

    public void receive() {
        messages.act("referralForm:messages", () -> {
            Referral referral = referrals.receiveReferral(file.getId(), programmeId, orientingBody, receivedOn,
                    new Referral.Details(orientingReference, referrerName, referrerContact, comment));
            for (PendingDocument document : pending) {
                documents.attachToReferral(referral.getId(), document.fileName(), document.content());
            }
            pending.clear();
            orientingReference = null;
            referrerName = null;
            referrerContact = null;
            comment = null;
            file.done("referrals.received", file.getHousehold().getDisplayName());
        });
    }

    public String getOrientingReference() {
        return orientingReference;
    }

    public void setOrientingReference(String orientingReference) {
        this.orientingReference = orientingReference;
    }

    public String getReferrerName() {
        return referrerName;
    }

    public void setReferrerName(String referrerName) {
        this.referrerName = referrerName;
    }

    public String getReferrerContact() {
        return referrerContact;
    }

    public void setReferrerContact(String referrerContact) {
        this.referrerContact = referrerContact;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public OrientingBody getOrientingBody() {
        return orientingBody;
    }

    public void setOrientingBody(OrientingBody orientingBody) {
        this.orientingBody = orientingBody;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
