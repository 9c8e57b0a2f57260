package org.echeance.core.repository;

/**
 * A glob on invoice numbers: {@code *} stands for any run of characters (possibly none), {@code ?} for exactly one
 * character, every other character for itself, case-sensitively.
 *
 * <p>Matching never uses a regular expression built from user input: it walks the pattern and the number once,
 * backtracking only to the last {@code *}, so its cost is at most the product of their lengths whatever the
 * pattern.
 *
 * <p>This class is immutable and thread-safe.
 */
final class NumberPattern {
    private final int[] glob;

    private NumberPattern(String glob) {
        this.glob = glob.codePoints().toArray();
    }

    /**
     * Returns the matcher of a glob.
     *
     * @param glob the glob, such as {@code "FA-2026-*"}
     * @return the matcher
     */
    static NumberPattern compile(String glob) {
        return new NumberPattern(glob);
    }

    /**
     * Checks if a number matches the whole glob.
     *
     * @param number the invoice number
     * @return true if the glob matches the whole number
     */
    boolean matches(String number) {
        int[] text = number.codePoints().toArray();
        int g = 0;
        int t = 0;
        int starG = -1;
        int starT = -1;
        while (t < text.length) {
            if (g < glob.length && glob[g] == '*') {
                starG = g++;
                starT = t;
            } else if (g < glob.length && (glob[g] == '?' || glob[g] == text[t])) {
                g++;
                t++;
            } else if (starG >= 0) {
                g = starG + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (g < glob.length && glob[g] == '*') {
            g++;
        }
        return g == glob.length;
    }
}
