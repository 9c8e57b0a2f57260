package org.echeance.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * The fonts of a brand: a regular and a bold TrueType or OpenType font, embedded (subset) in every document, as
 * PDF/A requires.
 *
 * <p>{@link #defaults()} is DejaVu Sans, shipped with this module under its free licence: it covers Latin-1 and
 * Latin Extended (accented names), Greek, Cyrillic and the euro sign. A font of the brand must cover the characters
 * of the documents it prints; a missing glyph prints as a blank. Two font sets are equal when their bytes are. This
 * class is immutable and thread-safe.
 */
public final class BrandFonts {
    private static final String DEFAULT_REGULAR = "internal/fonts/DejaVuSans.ttf";
    private static final String DEFAULT_BOLD = "internal/fonts/DejaVuSans-Bold.ttf";
    private static final BrandFonts DEFAULTS = new BrandFonts(load(DEFAULT_REGULAR), load(DEFAULT_BOLD));

    private final byte[] regular;
    private final byte[] bold;

    private BrandFonts(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * Returns the default fonts, DejaVu Sans and DejaVu Sans Bold.
     *
     * @return the default fonts
     */
    public static BrandFonts defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the fonts of two font files.
     *
     * @param regular the bytes of the regular font (TTF or OTF)
     * @param bold the bytes of the bold font (TTF or OTF)
     * @return the fonts
     * @throws ValidationException if a file is not a TrueType or OpenType font (rule {@code ECH-PDF-03})
     */
    public static BrandFonts of(byte[] regular, byte[] bold) {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
        check("fonts.regular", regular);
        check("fonts.bold", bold);
        return new BrandFonts(regular.clone(), bold.clone());
    }

    /**
     * Returns a copy of the regular font's bytes.
     *
     * @return the bytes
     */
    public byte[] regular() {
        return regular.clone();
    }

    /**
     * Returns a copy of the bold font's bytes.
     *
     * @return the bytes
     */
    public byte[] bold() {
        return bold.clone();
    }

    /** Returns the regular font's bytes without copying, for the renderer of this module. */
    byte[] regularBytes() {
        return regular;
    }

    /** Returns the bold font's bytes without copying, for the renderer of this module. */
    byte[] boldBytes() {
        return bold;
    }

    private static void check(String path, byte[] b) {
        boolean trueType = b.length > 4 && b[0] == 0 && b[1] == 1 && b[2] == 0 && b[3] == 0;
        boolean openType = b.length > 4 && b[0] == 'O' && b[1] == 'T' && b[2] == 'T' && b[3] == 'O';
        boolean appleTrueType = b.length > 4 && b[0] == 't' && b[1] == 'r' && b[2] == 'u' && b[3] == 'e';
        if (!trueType && !openType && !appleTrueType) {
            throw ValidationException.of("ECH-PDF-03", path, "the file is not a TrueType or OpenType font");
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = BrandFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BrandFonts
                && Arrays.equals(((BrandFonts) o).regular, regular)
                && Arrays.equals(((BrandFonts) o).bold, bold);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(regular) + Arrays.hashCode(bold);
    }

    @Override
    public String toString() {
        return "BrandFonts[" + regular.length + " + " + bold.length + " bytes]";
    }
}
