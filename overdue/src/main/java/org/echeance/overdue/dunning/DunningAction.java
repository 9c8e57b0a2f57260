package org.echeance.overdue.dunning;

/** What the application does when an open item reaches a dunning level. */
public enum DunningAction {
    /** Send the level's reminder (its {@link DunningLevel#reminderStepKey() reminder step}). */
    SEND_REMINDER,
    /** Send the mise en demeure (formal notice), by recorded letter with acknowledgement of receipt. */
    SEND_FORMAL_NOTICE,
    /** Claim the late-payment interest (see {@link org.echeance.overdue.interest.LatePaymentInterest}). */
    CLAIM_INTEREST,
    /** Claim the fixed recovery indemnity of 40 EUR, once per late invoice (D441-5). */
    CLAIM_RECOVERY_INDEMNITY,
    /** Hand the claim over to collections or litigation (injonction de payer); ends the dunning. */
    HAND_OVER
}
