package org.echeance.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.echeance.core.validation.Violation;
import org.echeance.numbering.PatternSegment.Kind;

/**
 * Reads a pattern's text into segments, collecting every problem (ECH-NUM-10 to 13, 17) instead of stopping at the
 * first. Adjacent literal characters make one literal segment.
 */
final class PatternReader {
    private static final Pattern PADDING = Pattern.compile("[1-9]|1[0-2]");

    private final String text;
    private final boolean eInvoiceSafe;
    private final List<Violation> violations;
    private final List<PatternSegment> segments = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private final List<String> unsafeCharacters = new ArrayList<>();

    PatternReader(String text, boolean eInvoiceSafe, List<Violation> violations) {
        this.text = text;
        this.eInvoiceSafe = eInvoiceSafe;
        this.violations = violations;
    }

    List<PatternSegment> read() {
        if (text.isEmpty()) {
            violations.add(new Violation("ECH-NUM-10", "pattern", "the pattern is empty"));
            return List.of();
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                appendLiteral('{', i);
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                appendLiteral('}', i);
                i += 2;
            } else if (c == '{') {
                i = readToken(i);
            } else if (c == '}') {
                violations.add(new Violation(
                        "ECH-NUM-12",
                        "pattern",
                        "\"" + text + "\": \"}\" at position " + (i + 1)
                                + " closes no \"{\"; write \"}}\" for a literal brace"));
                i++;
            } else {
                appendLiteral(c, i);
                i++;
            }
        }
        flushLiteral();
        if (!unsafeCharacters.isEmpty()) {
            violations.add(new Violation(
                    "ECH-NUM-17",
                    "pattern",
                    "\"" + text + "\": " + String.join(", ", unsafeCharacters)
                            + (unsafeCharacters.size() == 1 ? " is" : " are")
                            + " not allowed in e-invoice numbers, which take only A-Z a-z 0-9 + - _ / (BR-FR-01/02)"));
        }
        return segments;
    }

    /** Reads the token opening at {@code start} and returns the index after it. */
    private int readToken(int start) {
        int end = start + 1;
        while (end < text.length() && text.charAt(end) != '}' && text.charAt(end) != '{') {
            end++;
        }
        int position = start + 1;
        if (end == text.length() || text.charAt(end) == '{') {
            violations.add(new Violation(
                    "ECH-NUM-12",
                    "pattern",
                    "\"" + text + "\": \"{\" at position " + position
                            + " is never closed; write \"{{\" for a literal brace"));
            return end;
        }
        String name = text.substring(start + 1, end);
        Optional<Kind> kind = Kind.ofName(name);
        if (kind.isPresent()) {
            flushLiteral();
            segments.add(PatternSegment.token(kind.get(), 0, position));
        } else if (name.startsWith("seq:")) {
            String padding = name.substring(4);
            if (PADDING.matcher(padding).matches()) {
                flushLiteral();
                segments.add(PatternSegment.token(Kind.SEQUENCE, Integer.parseInt(padding), position));
            } else {
                violations.add(new Violation(
                        "ECH-NUM-13",
                        "pattern",
                        "\"" + text + "\": the padding of {" + name + "} at position " + position
                                + " must be a whole number from 1 to " + NumberPattern.MAX_PADDING));
            }
        } else {
            violations.add(new Violation(
                    "ECH-NUM-11",
                    "pattern",
                    "\"" + text + "\": unknown token {" + name + "} at position " + position + hint(name)));
        }
        return end + 1;
    }

    private static String hint(String name) {
        Optional<Kind> near = Kind.ofNameIgnoringCase(name);
        if (near.isPresent()) {
            return "; tokens are case-sensitive, did you mean " + near.get().token(0) + "?";
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("seq")) {
            return "; the counter is {seq} or {seq:N}";
        }
        return "; known tokens are {yyyy} {yy} {MM} {dd} {seq} {seq:N} {series} {customer} {initials} {product}";
    }

    private void appendLiteral(char c, int index) {
        if (eInvoiceSafe && !NumberPattern.isEInvoiceSafe(String.valueOf(c))) {
            unsafeCharacters.add("'" + c + "' at position " + (index + 1));
        }
        literal.append(c);
    }

    private void flushLiteral() {
        if (literal.length() > 0) {
            segments.add(PatternSegment.literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
