package org.echeance.json.internal;

/**
 * How documents are read.
 *
 * @param limits the limits on the document
 * @param ignoreUnknownProperties whether properties Echeance does not know are skipped instead of refused
 */
public record ReadOptions(Limits limits, boolean ignoreUnknownProperties) {
    /** Strict reading with the default limits. */
    public static final ReadOptions STRICT = new ReadOptions(Limits.DEFAULT, false);
}
