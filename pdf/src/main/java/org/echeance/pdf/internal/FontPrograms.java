package org.echeance.pdf.internal;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The parsed regular and bold font programs of a brand. Parsed once per font set and shared by every document:
 * each document makes its own embedded subset from them.
 *
 * @param regular the regular font
 * @param bold the bold font
 */
record FontPrograms(FontProgram regular, FontProgram bold) {
    /** Parses two font files. */
    static FontPrograms parse(byte[] regular, byte[] bold) {
        try {
            return new FontPrograms(
                    FontProgramFactory.createFont(regular, false), FontProgramFactory.createFont(bold, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the PostScript names of the fonts, as they appear after a subset prefix in the PDF. */
    String[] names() {
        return new String[] {
            regular.getFontNames().getFontName(), bold.getFontNames().getFontName()
        };
    }
}
