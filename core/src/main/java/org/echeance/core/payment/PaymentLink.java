package org.echeance.core.payment;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * A payment through a link to an online payment page (lien de paiement), such as a payment service provider's
 * checkout page, usually created by a {@link PaymentLinkProvider}.
 *
 * <p>The link is an absolute {@code https} URL with a host and without user information ({@code user:password@}):
 * it is printed on invoices and sent by email, so it must neither travel in clear nor carry credentials.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param url the page where the customer pays, such as {@code https://pay.example.com/i/FA-2026-00042}
 * @param provider the payment service provider, such as {@code "Stripe"}, at most 35 characters
 */
public record PaymentLink(URI url, Optional<String> provider) implements PaymentMethod {
    private static final int MAX_PROVIDER_LENGTH = 35;

    /**
     * Creates a payment link.
     *
     * @throws NullPointerException if a part is null; an absent provider is an empty {@code Optional}
     * @throws ValidationException if the URL is not an absolute https URL with a host, or carries user information
     *     (ECH-PAY-08); if the provider is blank, has a control character or more than 35 characters (ECH-PAY-09)
     */
    public PaymentLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(provider, "provider");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https")) {
            throw invalidUrl(url, "is not an https URL");
        }
        if (url.getHost() == null) {
            throw invalidUrl(url, "has no host");
        }
        if (url.getRawUserInfo() != null) {
            throw ValidationException.of(
                    "ECH-PAY-08",
                    "url",
                    "a URL with user information (user:password@) is refused: a payment link must not carry"
                            + " credentials");
        }
        PaymentTexts.optional(provider, "provider", MAX_PROVIDER_LENGTH);
    }

    /**
     * Returns a payment link with no named provider.
     *
     * @param url the page where the customer pays
     * @return the payment link
     * @throws NullPointerException if {@code url} is null
     * @throws ValidationException as the canonical constructor does
     */
    public static PaymentLink of(URI url) {
        return new PaymentLink(url, Optional.empty());
    }

    private static ValidationException invalidUrl(URI url, String reason) {
        return ValidationException.of("ECH-PAY-08", "url", PaymentTexts.quote(url.toString()) + " " + reason);
    }

    /**
     * Returns {@link PaymentMeansCode#ONLINE_PAYMENT_SERVICE} (68).
     *
     * @return the payment means code
     */
    @Override
    public PaymentMeansCode meansCode() {
        return PaymentMeansCode.ONLINE_PAYMENT_SERVICE;
    }
}
