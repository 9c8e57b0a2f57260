package org.echeance.pdf.internal;

/**
 * The parsed fonts of a brand, kept by a renderer so that a font file is parsed once and not on every document.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FontProgramsHandle {
    private final Object source;
    private final FontPrograms programs;

    private FontProgramsHandle(Object source, FontPrograms programs) {
        this.source = source;
        this.programs = programs;
    }

    /**
     * Parses two font files.
     *
     * @param source the object the files came from, compared by identity to reuse this handle
     * @param regular the regular font's bytes
     * @param bold the bold font's bytes
     * @return the handle
     */
    public static FontProgramsHandle parse(Object source, byte[] regular, byte[] bold) {
        return new FontProgramsHandle(source, FontPrograms.parse(regular, bold));
    }

    /**
     * Checks if this handle was parsed from an object.
     *
     * @param candidate the object
     * @return true if it is the very object this handle was parsed from
     */
    public boolean isFrom(Object candidate) {
        return source == candidate;
    }

    FontPrograms programs() {
        return programs;
    }
}
