package org.ancrage.console.referrals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.referrals.OrientingBody;
import org.ancrage.referrals.ReferralService;
import org.ancrage.system.DomainException;

/** A coordinator receives a referral for the household whose file is open. */
@Named
@ViewScoped
public class ReferralReceptionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ReferralService referrals;
    @EJB private ProgrammeService programmes;
    @Inject private HouseholdFileBacking file;
    @Inject private Messages messages;

    private Long programmeId;
    private OrientingBody orientingBody = OrientingBody.SIAO;
    private LocalDate receivedOn = LocalDate.now();

    public List<Programme> getProgrammes() {
        return programmes.listProgrammes().stream().filter(Programme::isActive).toList();
    }

    public List<OrientingBody> getOrientingBodies() {
        return Arrays.asList(OrientingBody.values());
    }

    public void receive() {
        try {
            referrals.receiveReferral(file.getId(), programmeId, orientingBody, receivedOn);
            messages.info(null, "referrals.received", file.getHousehold().getDisplayName());
        } catch (DomainException e) {
            messages.refused("referralForm:messages", e);
        }
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
