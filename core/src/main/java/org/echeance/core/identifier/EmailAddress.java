package org.echeance.core.identifier;

import java.util.Locale;
import java.util.Objects;

/**
 * Represents an email address, such as {@code facturation@example.fr}, checked for syntax only.
 *
 * <p>The accepted syntax is the practical subset of RFC 5321 and RFC 5322 that invoicing needs: exactly one {@code @};
 * a local part that is a dot-atom (ASCII letters, digits and {@code !#$%&'*+-/=?^_`{|}~}, in runs separated by single
 * dots) of at most 64 characters; a domain of at least two labels separated by dots, each of 1 to 63 ASCII letters,
 * digits and hyphens, not starting or ending with a hyphen; at most 254 characters in all; no spaces. Quoted local
 * parts, comments, address literals and internationalised (non-ASCII) addresses are refused. Whether the domain or
 * the mailbox exists is not checked.
 *
 * <p>{@link #parse(String)} lower-cases the domain, which is case-insensitive, and keeps the local part as given,
 * since its case may matter to the receiving server. Two addresses are equal when their normalised forms are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EmailAddress {
    private static final String SYNTAX = "RFC 5322";
    private static final String LIMITS = "RFC 5321";
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final int MAX_LENGTH = 254;
    private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    private final String localPart;
    private final String domain;

    private EmailAddress(String localPart, String domain) {
        this.localPart = localPart;
        this.domain = domain;
    }

    /**
     * Parses an email address.
     *
     * <p>For example, {@code parse("Jean.Dupont@Example.FR")} returns {@code Jean.Dupont@example.fr}.
     *
     * @param text the address, without a display name or angle brackets
     * @return the address
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text has a space, does not have exactly one {@code @}, or its local
     *     part or domain breaks the syntax above (RFC 5322), or a part is too long (RFC 5321)
     */
    public static EmailAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw invalid(text, SYNTAX, "is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                throw invalid(text, SYNTAX, "contains " + Checks.describe(text, i) + ", spaces are not allowed");
            }
        }
        int at = text.indexOf('@');
        int ats = (int) text.chars().filter(c -> c == '@').count();
        if (ats != 1) {
            throw invalid(text, SYNTAX, "has " + ats + " @ signs instead of 1");
        }
        String localPart = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        checkLocalPart(text, localPart);
        checkDomain(text, domain);
        if (text.length() > MAX_LENGTH) {
            throw invalid(text, LIMITS, "has " + text.length() + " characters, more than " + MAX_LENGTH);
        }
        return new EmailAddress(localPart, domain);
    }

    private static void checkLocalPart(String text, String localPart) {
        if (localPart.isEmpty()) {
            throw invalid(text, SYNTAX, "has nothing before the @");
        }
        for (int i = 0; i < localPart.length(); i++) {
            char c = localPart.charAt(i);
            if (c != '.' && !isAtext(c)) {
                throw invalid(text, SYNTAX, "local part contains " + Checks.describe(localPart, i));
            }
        }
        if (localPart.startsWith(".") || localPart.endsWith(".") || localPart.contains("..")) {
            throw invalid(text, SYNTAX, "local part starts or ends with a dot or has two dots in a row");
        }
        if (localPart.length() > MAX_LOCAL_PART) {
            throw invalid(
                    text, LIMITS, "local part has " + localPart.length() + " characters, more than " + MAX_LOCAL_PART);
        }
    }

    private static void checkDomain(String text, String domain) {
        if (domain.isEmpty()) {
            throw invalid(text, SYNTAX, "has nothing after the @");
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (c != '.' && c != '-' && !Checks.isAsciiLetter(c) && !Checks.isAsciiDigit(c)) {
                throw invalid(text, SYNTAX, "domain contains " + Checks.describe(domain, i));
            }
        }
        if (domain.indexOf('.') < 0) {
            throw invalid(text, LIMITS, "domain " + domain + " has no dot");
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty()) {
                throw invalid(text, SYNTAX, "domain starts or ends with a dot or has two dots in a row");
            }
            if (label.length() > MAX_LABEL) {
                throw invalid(
                        text, LIMITS, "domain label has " + label.length() + " characters, more than " + MAX_LABEL);
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                throw invalid(text, SYNTAX, "domain label " + label + " starts or ends with a hyphen");
            }
        }
    }

    private static boolean isAtext(char c) {
        return Checks.isAsciiLetter(c) || Checks.isAsciiDigit(c) || ATEXT_SYMBOLS.indexOf(c) >= 0;
    }

    /**
     * Checks if a text is a valid email address, without throwing.
     *
     * @param text the text to check
     * @return a valid check with the normalised address, or an invalid one with the reason {@link #parse(String)}
     *     gives
     * @throws NullPointerException if {@code text} is null
     */
    public static IdentifierCheck check(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return IdentifierCheck.valid(IdentifierType.EMAIL, text, parse(text).toString());
        } catch (InvalidIdentifierException e) {
            return IdentifierCheck.from(e);
        }
    }

    private static InvalidIdentifierException invalid(String text, String rule, String reason) {
        return new InvalidIdentifierException(IdentifierType.EMAIL, text, rule, reason);
    }

    /**
     * Returns the part before the {@code @}, as given.
     *
     * @return the local part
     */
    public String localPart() {
        return localPart;
    }

    /**
     * Returns the part after the {@code @}, in lower case.
     *
     * @return the domain
     */
    public String domain() {
        return domain;
    }

    /**
     * Checks if this address has the same local part and domain as another object.
     *
     * @param other the object to compare with
     * @return true if {@code other} is an email address with the same normalised form
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && localPart.equals(that.localPart) && domain.equals(that.domain);
    }

    /**
     * Returns a hash code of the normalised form.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(localPart, domain);
    }

    /**
     * Returns the address with its domain in lower case, for example {@code "Jean.Dupont@example.fr"}.
     *
     * @return the address, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return localPart + "@" + domain;
    }
}
