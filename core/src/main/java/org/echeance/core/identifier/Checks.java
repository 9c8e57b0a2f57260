package org.echeance.core.identifier;

import java.util.Locale;

/** Holds the check-digit arithmetic and text helpers the identifiers share. Not API. */
final class Checks {
    private Checks() {}

    /**
     * Checks if a string of ASCII digits passes the Luhn (mod 10) check: from the right, every second digit is
     * doubled and its digits added, and the sum must be a multiple of 10.
     */
    static boolean isLuhnValid(CharSequence digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** Returns the sum of the digits of a string of ASCII digits. */
    static int digitSum(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }

    /**
     * Returns the remainder modulo 97 of a string of digits and upper-case letters read as one number, each letter
     * standing for two digits (A = 10 ... Z = 35), as ISO 7064 MOD 97-10 and ISO 13616 define it.
     */
    static int mod97(CharSequence alphanumeric) {
        int remainder = 0;
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
        }
        return remainder;
    }

    /** Returns the paper form of an ISO 13616-style value: groups of four separated by a space. */
    static String inGroupsOfFour(String value) {
        StringBuilder printed = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                printed.append(' ');
            }
            printed.append(value.charAt(i));
        }
        return printed.toString();
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiLetter(char c) {
        return isAsciiUpper(c) || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiUpperOrDigit(char c) {
        return isAsciiUpper(c) || isAsciiDigit(c);
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns the index of the first character that is not an upper-case ASCII letter or digit, or -1. */
    static int firstNonUpperAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiUpperOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Returns {@code s} without the characters in {@code removed}. */
    static String strip(String s, String removed) {
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (removed.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * Describes the character at {@code index} for a message: quoted when printable, as {@code U+XXXX} otherwise, so
     * that a message never carries a tab, a line break or an invisible character.
     */
    static String describe(String s, int index) {
        int codePoint = s.codePointAt(index);
        if (codePoint > ' ' && codePoint != 0x7F && !Character.isISOControl(codePoint) && !isInvisible(codePoint)) {
            return "'" + new String(Character.toChars(codePoint)) + "'";
        }
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE;
    }
}
