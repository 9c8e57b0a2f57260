package org.echeance.core.payment;

/**
 * Where a SEPA direct debit collection stands in the life of its mandate (ISO 20022 {@code SeqTp}, SEPA rulebook
 * attribute AT-21); the constant names are the ISO 20022 codes.
 *
 * <p>Since the EPC rulebooks of November 2016 a first collection of a recurrent mandate may also be sent as {@link
 * #RCUR}; {@link #FRST} remains accepted.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SequenceType {
    /** The first collection of a series under a recurrent mandate. */
    FRST,
    /** A further collection under a recurrent mandate. */
    RCUR,
    /** The last collection under a recurrent mandate, after which the mandate ends. */
    FNAL,
    /** The single collection of a one-off mandate. */
    OOFF
}
