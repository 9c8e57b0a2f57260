package org.echeance.pdf.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A stream that replaces the random six-letter prefixes iText gives font subsets ({@code /ABCDEF+DejaVuSans}) by
 * fixed ones ({@code ECHAAA}, {@code ECHAAB}…), in order of first appearance, as the bytes go through. The prefix
 * only has to differ between the subsets of one file; replacing it by as many letters changes no offset, so the
 * cross-reference table iText writes stays right.
 *
 * <p>A name split between two writes is still found: up to one name's worth of bytes starting with {@code /} is
 * held back until it is known whether they are a prefixed font name. {@link #flush()} keeps them; {@link #finish()}
 * writes them. Closing this stream does not close the stream it writes to.
 */
final class FixedSubsetPrefixes extends FilterOutputStream {
    private static final int PREFIX_LENGTH = 6;
    /** The bytes before the font name: the slash, the prefix and the plus sign. */
    private static final int NAME_START = PREFIX_LENGTH + 2;

    private final byte[][] names;
    private final byte[] held;
    private int heldCount;
    private final Map<String, String> replacements = new HashMap<>();

    FixedSubsetPrefixes(OutputStream out, String[] fontNames) {
        super(out);
        this.names = new byte[fontNames.length][];
        int longest = 0;
        for (int n = 0; n < fontNames.length; n++) {
            names[n] = fontNames[n].getBytes(StandardCharsets.ISO_8859_1);
            longest = Math.max(longest, names[n].length);
        }
        this.held = new byte[NAME_START + longest];
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        int run = off;
        for (int i = off; i < end; i++) {
            if (heldCount > 0) {
                hold(b[i]);
                run = i + 1;
            } else if (b[i] == '/') {
                out.write(b, run, i - run);
                held[heldCount++] = '/';
                run = i + 1;
            }
        }
        out.write(b, run, end - run);
    }

    /** Flushes what is written, keeping back the bytes that may still turn out to be a prefixed font name. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes the bytes held back and flushes, leaving the underlying stream open. */
    void finish() throws IOException {
        out.write(held, 0, heldCount);
        heldCount = 0;
        out.flush();
    }

    /** Same as {@link #finish()}: the underlying stream belongs to the caller. */
    @Override
    public void close() throws IOException {
        finish();
    }

    /** Adds a byte to the held bytes, which start with a slash, and writes them once they match or cannot match. */
    private void hold(byte b) throws IOException {
        int at = heldCount;
        held[heldCount++] = b;
        boolean possible;
        boolean complete = false;
        if (at <= PREFIX_LENGTH) {
            possible = b >= 'A' && b <= 'Z';
        } else if (at == PREFIX_LENGTH + 1) {
            possible = b == '+';
        } else {
            possible = false;
            int length = heldCount - NAME_START;
            for (byte[] name : names) {
                if (name.length >= length && startsWithHeldName(name, length)) {
                    possible = true;
                    complete |= name.length == length;
                }
            }
        }
        if (complete) {
            String random = new String(held, 1, PREFIX_LENGTH, StandardCharsets.ISO_8859_1);
            String fixed = replacements.computeIfAbsent(random, r -> fixedPrefix(replacements.size()));
            System.arraycopy(fixed.getBytes(StandardCharsets.ISO_8859_1), 0, held, 1, PREFIX_LENGTH);
            out.write(held, 0, heldCount);
            heldCount = 0;
        } else if (!possible) {
            // Not a prefixed name: write the slash and look again at the rest, which may hold another slash
            byte[] rest = java.util.Arrays.copyOfRange(held, 1, heldCount);
            out.write('/');
            heldCount = 0;
            write(rest, 0, rest.length);
        }
    }

    private boolean startsWithHeldName(byte[] name, int length) {
        for (int k = 0; k < length; k++) {
            if (held[NAME_START + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    private static String fixedPrefix(int index) {
        char[] letters = "ECHAAA".toCharArray();
        int n = index;
        for (int i = letters.length - 1; i >= 3 && n > 0; i--) {
            letters[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(letters);
    }
}
