package org.echeance.pdf.internal;

import java.util.Locale;
import javax.money.MonetaryAmount;

/** The French formats of the renderer, for tests that look for computed amounts in a PDF. */
public final class TestFormats {
    private final Formats formats = new Formats(Locale.FRANCE, "dd/MM/yyyy");

    /**
     * Formats an amount as the French documents print it.
     *
     * @param amount the amount
     * @return the text
     */
    public String money(MonetaryAmount amount) {
        return formats.money(amount);
    }
}
