package org.echeance.scheduling.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.terms.LatePaymentTerms;

/**
 * What the reminder engine needs to know about one customer beyond its ledger: the language of the reminders, the
 * late-payment terms they state, and the invoices kept out of the reminders.
 *
 * <p>The language picks the templates ({@code fr} for any French locale); a language without templates is written
 * in English. The late-payment terms fill the formal notice's statement of the penalty rate and the fixed recovery
 * indemnity; without them, or without an indemnity (a consumer), the wording leaves those sentences out.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param locale the customer's language
 * @param latePaymentTerms the late-payment terms of the customer's invoices, if stated in the reminders
 * @param exclusions the invoices kept out of the reminders, and until when
 */
public record ReminderContext(
        Locale locale, Optional<LatePaymentTerms> latePaymentTerms, List<ReminderExclusion> exclusions) {
    /**
     * Creates a context.
     *
     * @throws NullPointerException if a part is null
     */
    public ReminderContext {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(latePaymentTerms, "latePaymentTerms");
        exclusions = List.copyOf(Objects.requireNonNull(exclusions, "exclusions"));
    }

    /**
     * Returns the context of a customer writing in a language, without late-payment terms nor exclusions.
     *
     * @param locale the language
     * @return the context
     */
    public static ReminderContext of(Locale locale) {
        return new ReminderContext(locale, Optional.empty(), List.of());
    }

    /**
     * Returns a copy of this context that states late-payment terms.
     *
     * @param terms the terms, such as {@code LatePaymentTerms.frenchDefault(ecbRate)}
     * @return the context with the terms
     */
    public ReminderContext withLatePaymentTerms(LatePaymentTerms terms) {
        Objects.requireNonNull(terms, "terms");
        return new ReminderContext(locale, Optional.of(terms), exclusions);
    }

    /**
     * Returns a copy of this context with one more exclusion.
     *
     * @param exclusion the exclusion, such as a promise to pay
     * @return the context with the exclusion added
     */
    public ReminderContext withExclusion(ReminderExclusion exclusion) {
        Objects.requireNonNull(exclusion, "exclusion");
        List<ReminderExclusion> all = new ArrayList<>(exclusions);
        all.add(exclusion);
        return new ReminderContext(locale, latePaymentTerms, all);
    }

    /**
     * Checks if an invoice is kept out of the reminders on a day.
     *
     * @param invoiceNumber the invoice
     * @param day the day
     * @return true if an exclusion holds for it that day
     */
    public boolean isExcluded(String invoiceNumber, LocalDate day) {
        return exclusions.stream().anyMatch(e -> e.excludes(invoiceNumber, day));
    }
}
