package org.echeance.core.recurrence;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.echeance.core.validation.ValidationException;

/**
 * One entry of a {@code BYDAY} list (RFC 5545 {@code weekdaynum}): a day of the week, optionally with an ordinal
 * that picks the nth such day of the month or year ({@code 1MO} the first Monday, {@code -1FR} the last Friday).
 *
 * <p>An ordinal of 0 means every such day ({@code MO}). The ordinal counts within the month for
 * {@code FREQ=MONTHLY} and for {@code FREQ=YEARLY} with {@code BYMONTH}, within the year for {@code FREQ=YEARLY}
 * without {@code BYMONTH}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ordinal the ordinal, from -53 to 53; 0 for every such day
 * @param dayOfWeek the day of the week
 */
public record WeekdayNum(int ordinal, DayOfWeek dayOfWeek) {
    private static final Pattern ORDINAL = Pattern.compile("[+-]?[0-9]{1,2}");

    /** The largest ordinal: a year has at most 53 of each day of the week. */
    public static final int MAX_ORDINAL = 53;

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if {@code dayOfWeek} is null
     * @throws ValidationException if the ordinal is outside -53..53 (ECH-RRULE-06)
     */
    public WeekdayNum {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        if (ordinal < -MAX_ORDINAL || ordinal > MAX_ORDINAL) {
            throw ValidationException.of(
                    "ECH-RRULE-06",
                    "rrule.BYDAY",
                    ordinal + code(dayOfWeek) + " is out of range: an ordinal is -53..-1 or 1..53");
        }
    }

    /**
     * Returns the entry for every such day of the week, without an ordinal.
     *
     * <p>For example, {@code WeekdayNum.of(DayOfWeek.MONDAY)} is {@code MO}.
     *
     * @param dayOfWeek the day of the week
     * @return the entry
     */
    public static WeekdayNum of(DayOfWeek dayOfWeek) {
        return new WeekdayNum(0, dayOfWeek);
    }

    /**
     * Returns the entry for the nth such day of the month or year; a negative ordinal counts from the end.
     *
     * <p>For example, {@code WeekdayNum.of(-1, DayOfWeek.FRIDAY)} is {@code -1FR}, the last Friday.
     *
     * @param ordinal the ordinal, -53..-1 or 1..53 (0 for every such day)
     * @param dayOfWeek the day of the week
     * @return the entry
     * @throws ValidationException if the ordinal is outside -53..53 (ECH-RRULE-06)
     */
    public static WeekdayNum of(int ordinal, DayOfWeek dayOfWeek) {
        return new WeekdayNum(ordinal, dayOfWeek);
    }

    /**
     * Reads an entry written as RFC 5545 does: an optional signed ordinal and a two-letter day code, in any case.
     *
     * <p>For example, {@code WeekdayNum.parse("-1FR")}, {@code parse("+2mo")} or {@code parse("SU")}.
     *
     * @param text the text
     * @return the entry
     * @throws ValidationException if the text is not a day code with an optional ordinal (ECH-RRULE-05) or the
     *     ordinal is 0 or outside -53..53 (ECH-RRULE-06)
     */
    public static WeekdayNum parse(String text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length < 2 || length > 5) {
            throw malformed(text);
        }
        Optional<DayOfWeek> parsedDay = dayOfWeek(text.substring(length - 2));
        String number = text.substring(0, length - 2);
        if (parsedDay.isEmpty() || !(number.isEmpty() || ORDINAL.matcher(number).matches())) {
            throw malformed(text);
        }
        DayOfWeek day = parsedDay.get();
        if (number.isEmpty()) {
            return of(day);
        }
        int ordinal = Integer.parseInt(number);
        if (ordinal == 0) {
            throw ValidationException.of(
                    "ECH-RRULE-06", "rrule.BYDAY", text + " is out of range: an ordinal is -53..-1 or 1..53");
        }
        return new WeekdayNum(ordinal, day);
    }

    /**
     * Checks if this entry has an ordinal, that is picks one such day of the month or year.
     *
     * @return true for {@code 1MO} or {@code -1FR}, false for {@code MO}
     */
    public boolean hasOrdinal() {
        return ordinal != 0;
    }

    /**
     * Returns the entry as RFC 5545 writes it, for example {@code -1FR}, {@code 2MO} or {@code SU}.
     *
     * @return the text, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return ordinal == 0 ? code(dayOfWeek) : ordinal + code(dayOfWeek);
    }

    /**
     * Returns the RFC 5545 two-letter code of a day of the week.
     *
     * @param day the day of the week
     * @return {@code MO}, {@code TU}, {@code WE}, {@code TH}, {@code FR}, {@code SA} or {@code SU}
     */
    static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /**
     * Reads an RFC 5545 two-letter day code, in any case.
     *
     * @param code the code
     * @return the day of the week, or empty if the code is not one
     */
    static Optional<DayOfWeek> dayOfWeek(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(upper)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static ValidationException malformed(String text) {
        return ValidationException.of(
                "ECH-RRULE-05",
                "rrule.BYDAY",
                "'" + text + "' is not a day of the week: expected MO, TU, WE, TH, FR, SA or SU, with an optional"
                        + " ordinal such as 1MO or -1FR");
    }
}
