package org.echeance.json.internal;

/**
 * The limits Echeance applies to the documents it reads, whatever the application's parser allows.
 *
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number or decimal text, in characters
 * @param maxDigits the most significant digits of a decimal
 * @param maxScale the most decimals of a decimal, and the most digits before the point
 * @param maxEntries the most members of one object or elements of one array
 */
public record Limits(
        int maxDepth, int maxStringLength, int maxNumberLength, int maxDigits, int maxScale, int maxEntries) {
    /** The defaults: documents 32 deep, strings of 100,000 characters, decimals of 40 digits, 100,000 entries. */
    public static final Limits DEFAULT = new Limits(32, 100_000, 64, 40, 30, 100_000);
}
