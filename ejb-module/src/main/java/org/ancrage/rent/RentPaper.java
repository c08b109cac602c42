package org.ancrage.rent;

import java.time.YearMonth;

/** A paper of a month's rent as generated: what it is, for which call and month, its file name and PDF bytes. */
public record RentPaper(RentPaperKind kind, long callId, YearMonth month, String fileName, byte[] pdf) {
}
