package org.echeance.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * A company logo printed at the top of documents: the bytes of a PNG, JPEG or SVG image.
 *
 * <p>{@link #of(byte[])} recognises the format from the file's first bytes. An SVG logo is drawn as vector
 * graphics; its texts should be converted to paths, because PDF/A forbids fonts that are not embedded. Two logos are
 * equal when their formats and bytes are. This class is immutable and thread-safe.
 */
public final class Logo {
    /** The image formats a logo may have. */
    public enum Format {
        /** Portable Network Graphics. */
        PNG,
        /** JPEG. */
        JPEG,
        /** Scalable Vector Graphics. */
        SVG
    }

    private final Format format;
    private final byte[] bytes;

    private Logo(Format format, byte[] bytes) {
        this.format = format;
        this.bytes = bytes.clone();
    }

    /**
     * Returns the logo of an image file, recognising PNG, JPEG and SVG from its first bytes.
     *
     * @param bytes the file's bytes
     * @return the logo
     * @throws ValidationException if the bytes are not a PNG, JPEG or SVG file (rule {@code ECH-PDF-02})
     */
    public static Logo of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new Logo(detect(bytes), bytes);
    }

    /**
     * Returns the format.
     *
     * @return PNG, JPEG or SVG
     */
    public Format format() {
        return format;
    }

    /**
     * Returns a copy of the image's bytes.
     *
     * @return the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    private static Format detect(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Format.PNG;
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8);
        if (head.contains("<svg")) {
            return Format.SVG;
        }
        throw ValidationException.of("ECH-PDF-02", "logo", "the logo is not a PNG, JPEG or SVG image");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo && ((Logo) o).format == format && Arrays.equals(((Logo) o).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + format + ", " + bytes.length + " bytes]";
    }
}
