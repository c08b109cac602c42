package org.ancrage.api.referrals;

import java.time.LocalDate;
import org.ancrage.referrals.InterviewOutcome;
import org.ancrage.referrals.OrientingBody;
import org.ancrage.referrals.Referral;
import org.ancrage.referrals.ReferralStatus;

public record ReferralView(Long id, Long householdId, Long programmeId, OrientingBody orientingBody,
        LocalDate receivedOn, ReferralStatus status, String decisionReason, Long measureId, long version,
        String orientingReference, String referrerName, String referrerContact, String comment,
        LocalDate interviewOn, String interviewAttendees, String interviewNotes, InterviewOutcome interviewOutcome) {
    static ReferralView of(Referral r) {
        return new ReferralView(r.getId(), r.getHouseholdId(), r.getProgrammeId(), r.getOrientingBody(),
                r.getReceivedOn(), r.getStatus(), r.getDecisionReason(), r.getMeasureId(), r.getVersion(),
                r.getOrientingReference(), r.getReferrerName(), r.getReferrerContact(), r.getComment(),
                r.getInterviewOn(), r.getInterviewAttendees(), r.getInterviewNotes(),
                r.getInterviewOutcome());
    }
}
