package org.echeance.numbering;

import java.util.Objects;
import java.util.Optional;

/**
 * One part of a {@link NumberPattern}: literal text or a token. {@code padding} is 0 except for {@code {seq:N}};
 * {@code position} (counting from 1) is where the token starts in the pattern's text, for messages only, and takes
 * no part in equality.
 */
record PatternSegment(PatternSegment.Kind kind, String literal, int padding, int position) {

    PatternSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(literal, "literal");
    }

    static PatternSegment literal(String text) {
        return new PatternSegment(Kind.LITERAL, text, 0, 0);
    }

    static PatternSegment token(Kind kind, int padding, int position) {
        return new PatternSegment(kind, "", padding, position);
    }

    boolean isLiteral() {
        return kind == Kind.LITERAL;
    }

    /** Checks if the token holds free text (customer number, product code), whose end cannot be told by its form. */
    boolean isFreeText() {
        return kind == Kind.CUSTOMER || kind == Kind.PRODUCT;
    }

    /**
     * Checks if the token's width depends on its value in a way its neighbours cannot pin: the counter, free text,
     * the initials. Dates have fixed widths; the series code is one constant per counter.
     */
    boolean isVariableWidth() {
        return kind == Kind.SEQUENCE || kind == Kind.CUSTOMER || kind == Kind.PRODUCT || kind == Kind.INITIALS;
    }

    /** Returns the token as written and where, for messages: {@code {seq:5} at position 9}. */
    String describe() {
        return kind.token(padding) + " at position " + position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatternSegment that
                && kind == that.kind
                && literal.equals(that.literal)
                && padding == that.padding;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, literal, padding);
    }

    /** What a segment is: literal text or one of the tokens, with its name and, for the dates, its width. */
    enum Kind {
        LITERAL("", 0),
        YEAR("yyyy", 4),
        YEAR_2("yy", 2),
        MONTH("MM", 2),
        DAY("dd", 2),
        SEQUENCE("seq", 0),
        SERIES("series", 0),
        CUSTOMER("customer", 0),
        INITIALS("initials", 0),
        PRODUCT("product", 0);

        final String name;
        final int width;

        Kind(String name, int width) {
            this.name = name;
            this.width = width;
        }

        /** Returns the token as written in a pattern: {@code {yyyy}}, {@code {seq:5}}. */
        String token(int padding) {
            return padding > 0 ? "{" + name + ":" + padding + "}" : "{" + name + "}";
        }

        static Optional<Kind> ofName(String name) {
            for (Kind kind : values()) {
                if (kind != LITERAL && kind.name.equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        static Optional<Kind> ofNameIgnoringCase(String name) {
            for (Kind kind : values()) {
                if (kind != LITERAL && kind.name.equalsIgnoreCase(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }
}
