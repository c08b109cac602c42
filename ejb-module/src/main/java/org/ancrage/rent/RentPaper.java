package org.ancrage.rent;

import java.time.YearMonth;
import org.ancrage.documents.Paper;

/** A paper of a month's rent as generated: what it is, for which call and month, and the paper itself. */
public record RentPaper(RentPaperKind kind, long callId, YearMonth month, Paper paper) {

    public String fileName() {
        return paper.fileName();
    }

    public byte[] pdf() {
        return paper.pdf();
    }
}
