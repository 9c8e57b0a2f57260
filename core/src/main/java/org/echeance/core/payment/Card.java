package org.echeance.core.payment;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;

/**
 * A payment by bank card (paiement par carte), known by the last four digits of the card and its network.
 *
 * <p>Echeance never holds a full card number (primary account number): the PCI DSS confines it to systems audited
 * for it, and the payment service provider keeps it. The last four digits are exactly four ASCII digits; a value
 * with more digits, or a network name with more than four, is refused without repeating the digits in the message,
 * so that a card number pasted into the wrong field reaches neither the ledger nor the logs.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lastFourDigits the last four digits of the card number, such as {@code "4242"}
 * @param network the card network, such as {@code "CB"}, {@code "Visa"} or {@code "Mastercard"}, at most 35
 *     characters
 */
public record Card(Optional<String> lastFourDigits, Optional<String> network) implements PaymentMethod {
    private static final int MAX_NETWORK_LENGTH = 35;

    /**
     * Creates a card payment.
     *
     * @throws NullPointerException if a part is null; an absent part is an empty {@code Optional}
     * @throws ValidationException if the last four digits are not four digits, or a part carries more than four digits
     *     (ECH-PAY-07); if the network is blank, has a control character or more than 35 characters (ECH-PAY-09)
     */
    public Card {
        Objects.requireNonNull(lastFourDigits, "lastFourDigits");
        Objects.requireNonNull(network, "network");
        lastFourDigits.ifPresent(Card::checkLastFour);
        network.ifPresent(name -> refuseCardNumber(name, "network"));
        PaymentTexts.optional(network, "network", MAX_NETWORK_LENGTH);
    }

    /**
     * Returns a card payment with its last four digits and network.
     *
     * @param lastFourDigits the last four digits of the card number
     * @param network the card network
     * @return the card payment
     * @throws NullPointerException if an argument is null
     * @throws ValidationException as the canonical constructor does
     */
    public static Card of(String lastFourDigits, String network) {
        return new Card(
                Optional.of(Objects.requireNonNull(lastFourDigits, "lastFourDigits")),
                Optional.of(Objects.requireNonNull(network, "network")));
    }

    private static void checkLastFour(String digits) {
        refuseCardNumber(digits, "lastFourDigits");
        boolean fourDigits = digits.length() == 4 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!fourDigits) {
            throw ValidationException.of(
                    "ECH-PAY-07", "lastFourDigits", PaymentTexts.quote(digits) + " is not four digits");
        }
    }

    /** Refuses a value with more than four digits without quoting it: it may be a card number. */
    private static void refuseCardNumber(String value, String path) {
        StringBuilder digits = new StringBuilder();
        value.chars().filter(Character::isDigit).forEach(digits::appendCodePoint);
        if (digits.length() > 4) {
            throw ValidationException.of(
                    "ECH-PAY-07",
                    path,
                    "a value with " + digits.length() + " digits, ending " + digits.substring(digits.length() - 4)
                            + ", is refused: Echeance never holds a card number (PCI DSS), only its last four"
                            + " digits");
        }
    }

    /**
     * Returns {@link PaymentMeansCode#BANK_CARD} (48).
     *
     * @return the payment means code
     */
    @Override
    public PaymentMeansCode meansCode() {
        return PaymentMeansCode.BANK_CARD;
    }
}
