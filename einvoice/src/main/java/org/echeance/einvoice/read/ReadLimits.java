package org.echeance.einvoice.read;

/**
 * The limits a reader puts on a document before it trusts it: its size in bytes and the depth of its element
 * nesting. A document over a limit is refused as soon as the limit is passed, without reading the rest.
 *
 * <p>For example {@code ReadLimits.defaults().withMaxBytes(5 * 1024 * 1024)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxBytes the most bytes read from the input, positive
 * @param maxDepth the deepest element nesting, the root being at depth 1, positive
 */
public record ReadLimits(long maxBytes, int maxDepth) {
    /** The default size limit: 20 MiB, far above any real invoice without attachments. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** The default depth limit: CII and UBL invoices nest about 10 levels; extensions a few more. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /**
     * Creates limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes: " + maxBytes + " is not positive");
        }
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth: " + maxDepth + " is not positive");
        }
    }

    /**
     * Returns the default limits: {@value #DEFAULT_MAX_BYTES} bytes and depth {@value #DEFAULT_MAX_DEPTH}.
     *
     * @return the limits
     */
    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }

    /**
     * Returns a copy with another size limit.
     *
     * @param bytes the most bytes read, positive
     * @return the copy
     */
    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth);
    }

    /**
     * Returns a copy with another depth limit.
     *
     * @param depth the deepest nesting, positive
     * @return the copy
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxBytes, depth);
    }
}
