package org.ancrage.rent;

/** How money reached the association: shown in the statement beside the payment's reference. */
public enum PaymentMethod {
    CHEQUE, TRANSFER, CASH, DIRECT_DEBIT, CAF_THIRD_PARTY, FSL_GRANT;

    /** The usual method of a payer, for callers that give only the payer. */
    public static PaymentMethod usualFor(Payer payer) {
        return switch (payer) {
            case CAF -> CAF_THIRD_PARTY;
            case FSL -> FSL_GRANT;
            default -> TRANSFER;
        };
    }
}
