package org.echeance.numbering;

import java.util.List;
import org.echeance.core.validation.Violation;
import org.echeance.numbering.PatternSegment.Kind;

/**
 * The structural rules of a pattern read without syntax errors: one counter at most (ECH-NUM-14), a counter unless
 * the caller opts out (ECH-NUM-15), free text delimited from other variable-width tokens (ECH-NUM-19).
 */
final class PatternRules {
    private PatternRules() {}

    static void check(
            String text, List<PatternSegment> segments, boolean allowWithoutCounter, List<Violation> violations) {
        int counters = 0;
        for (int i = 0; i < segments.size(); i++) {
            PatternSegment segment = segments.get(i);
            if (segment.kind() == Kind.SEQUENCE && ++counters == 2) {
                violations.add(new Violation(
                        "ECH-NUM-14",
                        "pattern",
                        "\"" + text + "\" has a second counter " + segment.describe()
                                + "; a number holds one counter"));
            }
            if (segment.isFreeText()) {
                checkDelimited(segments, i, -1, violations);
                checkDelimited(segments, i, +1, violations);
            }
        }
        if (counters == 0 && !allowWithoutCounter) {
            violations.add(new Violation(
                    "ECH-NUM-15",
                    "pattern",
                    "\"" + text + "\" has no counter {seq}: two documents of the same day and customer would get"
                            + " the same number; add {seq} or call allowWithoutCounter() and check uniqueness"
                            + " yourself"));
        }
    }

    /**
     * Walks from a free-text token in one direction over what cannot hide a boundary's move (fixed-width dates,
     * the series code, literals of letters and digits) and reports a variable-width token reached before a
     * separator: {@code {customer}{yy}{seq}} gives {@code C1}+{@code 26}+{@code 5} and {@code C}+{@code 12}+{@code
     * 65} alike.
     */
    private static void checkDelimited(List<PatternSegment> segments, int index, int step, List<Violation> violations) {
        PatternSegment token = segments.get(index);
        for (int i = index + step; i >= 0 && i < segments.size(); i += step) {
            PatternSegment next = segments.get(i);
            if (next.isLiteral()) {
                if (hasSeparator(next.literal())) {
                    return;
                }
                continue;
            }
            if (!next.isVariableWidth()) {
                continue;
            }
            // Two free-text tokens are reported once, from the left one.
            if (next.isFreeText() && step < 0) {
                return;
            }
            PatternSegment first = step > 0 ? token : next;
            PatternSegment second = step > 0 ? next : token;
            violations.add(new Violation(
                    "ECH-NUM-19",
                    "pattern",
                    first.describe() + " and " + second.describe() + " must be separated by a literal holding a"
                            + " character other than a letter or digit, such as \"-\" or \"/\": otherwise two"
                            + " documents can get the same number (customer C1 with counter 2 and customer C with"
                            + " counter 12 both give C12)"));
            return;
        }
    }

    private static boolean hasSeparator(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (!Character.isLetterOrDigit(literal.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
