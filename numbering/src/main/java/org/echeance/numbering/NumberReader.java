package org.echeance.numbering;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echeance.numbering.PatternSegment.Kind;

/**
 * Reads numbers back into their parts for one pattern, through a regular expression made from its segments: fixed
 * widths for the dates, digits for the counter (zero-padded to its width, or longer without leading zeros), upper
 * case letters for the initials, the shortest text for free-text tokens.
 */
final class NumberReader {
    private final List<PatternSegment> segments;
    private final Pattern regex;

    NumberReader(List<PatternSegment> segments) {
        this.segments = segments;
        StringBuilder text = new StringBuilder();
        for (PatternSegment segment : segments) {
            text.append(regexOf(segment));
        }
        this.regex = Pattern.compile(text.toString(), Pattern.DOTALL);
    }

    Optional<ParsedNumber> read(String number) {
        Matcher matcher = regex.matcher(number);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Parts parts = new Parts();
        int group = 1;
        for (PatternSegment segment : segments) {
            if (!segment.isLiteral() && !parts.accept(segment.kind(), matcher.group(group++))) {
                return Optional.empty();
            }
        }
        return parts.toParsedNumber();
    }

    private static String regexOf(PatternSegment segment) {
        int padding = segment.padding();
        switch (segment.kind()) {
            case LITERAL:
                return Pattern.quote(segment.literal());
            case YEAR:
                return "(\\d{4})";
            case YEAR_2:
            case MONTH:
            case DAY:
                return "(\\d{2})";
            case SEQUENCE:
                return padding <= 1 ? "([1-9]\\d*)" : "(\\d{" + padding + "}|[1-9]\\d{" + padding + ",})";
            case INITIALS:
                return "([A-Z]{1," + Initials.MAX_LETTERS + "})";
            default:
                return "(.+?)";
        }
    }

    /** Collects the parts read from a number, checking that tokens written twice agree. */
    private static final class Parts {
        private Integer year;
        private Integer shortYear;
        private Integer month;
        private Integer day;
        private Long sequence;
        private String series;
        private String customer;
        private String initials;
        private String product;
        private boolean consistent = true;

        boolean accept(Kind kind, String value) {
            switch (kind) {
                case YEAR -> year = same(year, Integer.valueOf(value));
                case YEAR_2 -> shortYear = same(shortYear, Integer.valueOf(value));
                case MONTH -> month = same(month, Integer.valueOf(value));
                case DAY -> day = same(day, Integer.valueOf(value));
                case SEQUENCE -> {
                    // A long holds 18 digits safely; a longer run was not written by a counter.
                    if (value.length() > 18) {
                        return false;
                    }
                    sequence = Long.valueOf(value);
                }
                case SERIES -> series = same(series, value);
                case CUSTOMER -> customer = same(customer, value);
                case INITIALS -> initials = same(initials, value);
                case PRODUCT -> product = same(product, value);
                case LITERAL -> {
                    // literals carry no part
                }
            }
            return consistent;
        }

        private <T> T same(T previous, T value) {
            if (previous != null && !previous.equals(value)) {
                consistent = false;
            }
            return value;
        }

        Optional<ParsedNumber> toParsedNumber() {
            Integer fullYear = year;
            if (shortYear != null) {
                if (fullYear != null && fullYear % 100 != shortYear) {
                    return Optional.empty();
                }
                if (fullYear == null) {
                    fullYear = 2000 + shortYear;
                }
            }
            if ((fullYear != null && fullYear < 1)
                    || (month != null && (month < 1 || month > 12))
                    || (day != null && (day < 1 || day > 31))
                    || (sequence != null && sequence < 1)
                    || !isDate(fullYear, month, day)) {
                return Optional.empty();
            }
            return Optional.of(new ParsedNumber(
                    fullYear == null ? OptionalInt.empty() : OptionalInt.of(fullYear),
                    month == null ? OptionalInt.empty() : OptionalInt.of(month),
                    day == null ? OptionalInt.empty() : OptionalInt.of(day),
                    sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence),
                    Optional.ofNullable(series),
                    Optional.ofNullable(customer),
                    Optional.ofNullable(initials),
                    Optional.ofNullable(product)));
        }

        private static boolean isDate(Integer year, Integer month, Integer day) {
            if (year == null || month == null || day == null) {
                return true;
            }
            try {
                LocalDate.of(year, month, day);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
