package org.echeance.pdf;

import java.util.Locale;
import org.echeance.core.validation.ValidationException;

/**
 * A colour of a brand in the sRGB space, each channel from 0 to 255.
 *
 * <p>For example {@code RgbColor.parse("#1F4E79")}; {@link #toString()} writes the same form back. This class is
 * immutable and thread-safe.
 *
 * @param red the red channel, 0 to 255
 * @param green the green channel, 0 to 255
 * @param blue the blue channel, 0 to 255
 */
public record RgbColor(int red, int green, int blue) {
    /**
     * Creates a colour.
     *
     * @throws ValidationException if a channel is outside 0..255 (rule {@code ECH-PDF-01})
     */
    public RgbColor {
        check("red", red);
        check("green", green);
        check("blue", blue);
    }

    /**
     * Returns the colour of a hexadecimal form {@code #RRGGBB} (the {@code #} is optional).
     *
     * @param hex the colour, such as {@code "#1F4E79"}
     * @return the colour
     * @throws ValidationException if the text is not six hexadecimal digits (rule {@code ECH-PDF-01})
     */
    public static RgbColor parse(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!digits.matches("[0-9A-Fa-f]{6}")) {
            throw ValidationException.of("ECH-PDF-01", "color", "\"" + hex + "\" is not a colour #RRGGBB");
        }
        int value = Integer.parseInt(digits, 16);
        return new RgbColor(value >> 16, (value >> 8) & 0xFF, value & 0xFF);
    }

    /**
     * Returns the hexadecimal form, such as {@code #1F4E79}.
     *
     * @return the colour as {@code #RRGGBB}
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    private static void check(String channel, int value) {
        if (value < 0 || value > 255) {
            throw ValidationException.of("ECH-PDF-01", "color." + channel, value + " is not from 0 to 255");
        }
    }
}
