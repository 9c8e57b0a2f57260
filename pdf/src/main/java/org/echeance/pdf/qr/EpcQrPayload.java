package org.echeance.pdf.qr;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * The text of an EPC QR code (European Payments Council guideline EPC069-12, "Quick Response Code: guidelines to
 * enable data capture for the initiation of a SEPA credit transfer"): what a banking app reads to prefill a transfer.
 *
 * <p>The payload is twelve fields on separate lines ({@code "\n"}), with no separator after the last field used:
 * service tag {@code BCD}, version ({@code 001} or {@code 002}), character set ({@code 1}, UTF-8, always here),
 * identification {@code SCT}, the beneficiary's BIC (mandatory in version 001, optional in 002), name (at most 70
 * characters), IBAN, amount ({@code EUR} and 0.01 to 999 999 999.99), purpose code (at most 4), a structured creditor
 * reference (at most 35, such as an ISO 11649 RF reference) <em>or</em> an unstructured remittance text (at most
 * 140), and a beneficiary-to-originator note (at most 70). The whole payload is at most 331 bytes, which keeps the
 * symbol at QR version 13 or below with error correction level M.
 *
 * <p>For example {@code EpcQrPayload.of("Red Cross of Belgium", Iban.parse("BE72000000001616"), eur("1"),
 * Optional.empty()).withVersion1(Bic.parse("BPOTBEB1"))}. The amount is written without trailing zeros
 * ({@code EUR1}, {@code EUR12.3}), as in the guideline's examples.
 *
 * <p>{@link #parse(String)} reads what {@link #toString()} writes. Two payloads are equal when their fields are;
 * amounts compare by value. This class is immutable and thread-safe.
 *
 * @param version the version, field 2
 * @param bic the beneficiary's bank (AT-23), field 5
 * @param beneficiaryName the beneficiary's name (AT-21), field 6
 * @param iban the beneficiary's account (AT-20), field 7
 * @param amount the amount in euros (AT-04), field 8
 * @param purpose the ISO 20022 purpose code (AT-44), field 9
 * @param structuredReference the structured creditor reference (AT-05), field 10
 * @param remittanceText the unstructured remittance information (AT-05), field 11
 * @param information the beneficiary-to-originator information, field 12
 */
public record EpcQrPayload(
        Version version,
        Optional<Bic> bic,
        String beneficiaryName,
        Iban iban,
        Optional<MonetaryAmount> amount,
        Optional<String> purpose,
        Optional<String> structuredReference,
        Optional<String> remittanceText,
        Optional<String> information) {

    /** The largest payload the guideline allows, in bytes of its character set. */
    public static final int MAX_BYTES = 331;

    private static final String SERVICE_TAG = "BCD";
    private static final String UTF_8_CHARSET = "1";
    private static final String IDENTIFICATION = "SCT";
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
    private static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
    private static final int MAX_NAME = 70;
    private static final int MAX_REFERENCE = 35;
    private static final int MAX_TEXT = 140;
    private static final int MAX_INFORMATION = 70;
    private static final int FIELDS = 12;

    /** The version of the guideline's data format (field 2). */
    public enum Version {
        /** Version 001: the BIC is mandatory. */
        V001("001"),
        /** Version 002: the BIC is optional within the EEA. */
        V002("002");

        private final String code;

        Version(String code) {
            this.code = code;
        }

        /**
         * Returns the code written in the payload.
         *
         * @return {@code "001"} or {@code "002"}
         */
        public String code() {
            return code;
        }
    }

    /**
     * Creates a payload, checking every field against the guideline.
     *
     * @throws NullPointerException if a part is null
     * @throws ValidationException listing every broken rule ({@code ECH-EPC-01} to {@code ECH-EPC-07})
     */
    public EpcQrPayload {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(beneficiaryName, "beneficiaryName");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(structuredReference, "structuredReference");
        Objects.requireNonNull(remittanceText, "remittanceText");
        Objects.requireNonNull(information, "information");
        List<Violation> violations = new ArrayList<>();
        if (version == Version.V001 && bic.isEmpty()) {
            violations.add(new Violation("ECH-EPC-01", "bic", "version 001 of EPC069-12 needs the BIC (field 5)"));
        }
        checkText(violations, "beneficiaryName", beneficiaryName, MAX_NAME);
        amount.ifPresent(a -> checkAmount(violations, a));
        purpose.ifPresent(p -> {
            if (!p.matches("[A-Za-z0-9]{1,4}")) {
                violations.add(new Violation(
                        "ECH-EPC-05", "purpose", "\"" + p + "\" is not a purpose code of 1 to 4 letters or digits"));
            }
        });
        structuredReference.ifPresent(r -> checkText(violations, "structuredReference", r, MAX_REFERENCE));
        remittanceText.ifPresent(t -> checkText(violations, "remittanceText", t, MAX_TEXT));
        information.ifPresent(i -> checkText(violations, "information", i, MAX_INFORMATION));
        if (structuredReference.isPresent() && remittanceText.isPresent()) {
            violations.add(new Violation(
                    "ECH-EPC-06",
                    "remittanceText",
                    "a structured reference (field 10) and an unstructured text (field 11) exclude each other"));
        }
        if (violations.isEmpty()) {
            int bytes = encode(
                            version,
                            bic,
                            beneficiaryName,
                            iban,
                            amount,
                            purpose,
                            structuredReference,
                            remittanceText,
                            information)
                    .getBytes(StandardCharsets.UTF_8)
                    .length;
            if (bytes > MAX_BYTES) {
                violations.add(new Violation(
                        "ECH-EPC-07",
                        "payload",
                        "the payload has " + bytes + " bytes, more than the " + MAX_BYTES + " EPC069-12 allows"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Returns a version 002 payload without BIC, purpose or note: a transfer to an account, with an optional
     * structured creditor reference.
     *
     * @param beneficiaryName the beneficiary's name, at most 70 characters
     * @param iban the beneficiary's account
     * @param amount the amount in euros
     * @param reference the RF creditor reference the payer quotes, if any
     * @return the payload
     * @throws ValidationException if a field breaks the guideline
     */
    public static EpcQrPayload of(
            String beneficiaryName, Iban iban, MonetaryAmount amount, Optional<RfCreditorReference> reference) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        return new EpcQrPayload(
                Version.V002,
                Optional.empty(),
                beneficiaryName,
                iban,
                Optional.of(amount),
                Optional.empty(),
                reference.map(RfCreditorReference::toString),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns the payload that pays an invoice's amount due (BT-115) into the account of its payment instructions.
     *
     * <p>The beneficiary is the account name (BT-85) if stated, else the payee (BG-10) or the seller; the BIC
     * (BT-86) is included when stated. The remittance information (BT-83) goes into field 10 when it is a valid RF
     * creditor reference, otherwise into field 11; without one, field 11 quotes the invoice number. There is no
     * payload, and so no QR code, when the invoice has no IBAN to pay into, is not in euros, has nothing to pay, or
     * when its names and references do not fit the guideline's limits.
     *
     * @param invoice the invoice
     * @return the payload, if the invoice can be paid by an EPC QR code
     */
    public static Optional<EpcQrPayload> forInvoice(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        Optional<PaymentInstructions> instructions = invoice.paymentInstructions();
        if (instructions.isEmpty()
                || instructions.get().account().isEmpty()
                || !invoice.currency().equals(EUR)
                || !invoice.totals().amountDue().isPositive()
                || invoice.isCreditNote()) {
            return Optional.empty();
        }
        PaymentInstructions pay = instructions.get();
        String name = pay.accountName()
                .orElseGet(() -> invoice.payee().orElse(invoice.seller()).legalName());
        Optional<String> reference = Optional.empty();
        Optional<String> text = Optional.empty();
        Optional<String> remittance = pay.remittanceInformation();
        if (remittance.isPresent()
                && RfCreditorReference.check(remittance.get()).valid()) {
            reference = Optional.of(RfCreditorReference.parse(remittance.get()).toString());
        } else if (remittance.isPresent()) {
            text = remittance;
        } else {
            text = invoice.number();
        }
        try {
            return Optional.of(new EpcQrPayload(
                    Version.V002,
                    pay.bic(),
                    name,
                    pay.account().get(),
                    Optional.of(invoice.totals().amountDue()),
                    Optional.empty(),
                    reference,
                    text,
                    Optional.empty()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns a copy of this payload in version 001, with a BIC.
     *
     * @param newBic the beneficiary's BIC
     * @return the payload
     */
    public EpcQrPayload withVersion1(Bic newBic) {
        return new EpcQrPayload(
                Version.V001,
                Optional.of(Objects.requireNonNull(newBic, "bic")),
                beneficiaryName,
                iban,
                amount,
                purpose,
                structuredReference,
                remittanceText,
                information);
    }

    /**
     * Returns a copy of this payload with a purpose code (field 9), such as {@code "CHAR"}.
     *
     * @param code the ISO 20022 purpose code
     * @return the payload
     * @throws ValidationException if the code is not 1 to 4 letters or digits
     */
    public EpcQrPayload withPurpose(String code) {
        return new EpcQrPayload(
                version,
                bic,
                beneficiaryName,
                iban,
                amount,
                Optional.of(Objects.requireNonNull(code, "purpose")),
                structuredReference,
                remittanceText,
                information);
    }

    /**
     * Returns a copy of this payload with an unstructured remittance text (field 11) instead of a structured
     * reference.
     *
     * @param text the text, at most 140 characters
     * @return the payload
     * @throws ValidationException if the text is too long or holds a line break
     */
    public EpcQrPayload withRemittanceText(String text) {
        return new EpcQrPayload(
                version,
                bic,
                beneficiaryName,
                iban,
                amount,
                purpose,
                Optional.empty(),
                Optional.of(Objects.requireNonNull(text, "remittanceText")),
                information);
    }

    /**
     * Returns a copy of this payload with a beneficiary-to-originator note (field 12).
     *
     * @param note the note, at most 70 characters
     * @return the payload
     * @throws ValidationException if the note is too long or holds a line break
     */
    public EpcQrPayload withInformation(String note) {
        return new EpcQrPayload(
                version,
                bic,
                beneficiaryName,
                iban,
                amount,
                purpose,
                structuredReference,
                remittanceText,
                Optional.of(Objects.requireNonNull(note, "information")));
    }

    /**
     * Reads a payload written by {@link #toString()} or by another EPC QR generator (LF or CRLF line ends).
     *
     * @param text the payload
     * @return the payload value
     * @throws ValidationException if the text is not an SCT payload in UTF-8 ({@code ECH-EPC-08}) or a field breaks
     *     the guideline
     * @throws org.echeance.core.identifier.InvalidIdentifierException if the IBAN or the BIC is not valid
     */
    public static EpcQrPayload parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length < 7 || lines.length > FIELDS) {
            throw ValidationException.of(
                    "ECH-EPC-08", "text", "an EPC QR payload has 7 to 12 lines, found " + lines.length);
        }
        if (!SERVICE_TAG.equals(lines[0]) || !UTF_8_CHARSET.equals(lines[2]) || !IDENTIFICATION.equals(lines[3])) {
            throw ValidationException.of(
                    "ECH-EPC-08",
                    "text",
                    "an EPC QR payload starts with BCD, a version, character set 1 (UTF-8) and SCT");
        }
        Version version;
        if (Version.V001.code().equals(lines[1])) {
            version = Version.V001;
        } else if (Version.V002.code().equals(lines[1])) {
            version = Version.V002;
        } else {
            throw ValidationException.of("ECH-EPC-08", "version", "\"" + lines[1] + "\" is not version 001 or 002");
        }
        Optional<MonetaryAmount> amount = field(lines, 7).map(a -> {
            if (!a.startsWith("EUR")) {
                throw ValidationException.of("ECH-EPC-03", "amount", "\"" + a + "\" is not an amount in euros");
            }
            try {
                return Amounts.money(new BigDecimal(a.substring(3)), EUR);
            } catch (NumberFormatException e) {
                throw ValidationException.of("ECH-EPC-04", "amount", "\"" + a + "\" is not an amount");
            }
        });
        return new EpcQrPayload(
                version,
                field(lines, 4).map(Bic::parse),
                lines[5],
                Iban.parse(lines[6]),
                amount,
                field(lines, 8),
                field(lines, 9),
                field(lines, 10),
                field(lines, 11));
    }

    /**
     * Returns the payload text: the fields on lines separated by {@code "\n"}, without the empty fields at the end.
     *
     * @return the text to encode in the QR code, in UTF-8
     */
    @Override
    public String toString() {
        return encode(
                version, bic, beneficiaryName, iban, amount, purpose, structuredReference, remittanceText, information);
    }

    /**
     * Returns the payload as the bytes a QR code carries: its text in UTF-8, the character set field 3 names.
     *
     * @return the bytes, at most {@value #MAX_BYTES}
     */
    public byte[] toBytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(
            Version version,
            Optional<Bic> bic,
            String name,
            Iban iban,
            Optional<MonetaryAmount> amount,
            Optional<String> purpose,
            Optional<String> reference,
            Optional<String> text,
            Optional<String> information) {
        List<String> fields = new ArrayList<>(List.of(
                SERVICE_TAG,
                version.code(),
                UTF_8_CHARSET,
                IDENTIFICATION,
                bic.map(Bic::toString).orElse(""),
                name,
                iban.toString(),
                amount.map(EpcQrPayload::amountField).orElse(""),
                purpose.orElse(""),
                reference.orElse(""),
                text.orElse(""),
                information.orElse("")));
        while (fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return String.join("\n", fields);
    }

    private static String amountField(MonetaryAmount amount) {
        BigDecimal value = Amounts.decimal(amount).stripTrailingZeros();
        return "EUR" + (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }

    private static Optional<String> field(String[] lines, int index) {
        return index < lines.length && !lines[index].isEmpty() ? Optional.of(lines[index]) : Optional.empty();
    }

    private static void checkText(List<Violation> violations, String path, String value, int max) {
        if (value.isBlank()) {
            violations.add(new Violation("ECH-EPC-02", path, "the field is blank"));
        } else if (value.length() > max) {
            violations.add(new Violation(
                    "ECH-EPC-02",
                    path,
                    "\"" + value + "\" has " + value.length() + " characters, more than the " + max
                            + " EPC069-12 allows"));
        } else if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            violations.add(new Violation("ECH-EPC-02", path, "the field holds a line break"));
        }
    }

    private static void checkAmount(List<Violation> violations, MonetaryAmount amount) {
        if (!amount.getCurrency().equals(EUR)) {
            violations.add(new Violation(
                    "ECH-EPC-03",
                    "amount",
                    "an EPC QR code pays euros, not " + amount.getCurrency().getCurrencyCode()));
            return;
        }
        BigDecimal value = Amounts.decimal(amount);
        if (value.compareTo(MIN_AMOUNT) < 0
                || value.compareTo(MAX_AMOUNT) > 0
                || value.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(
                    "ECH-EPC-04",
                    "amount",
                    value.toPlainString() + " EUR is not an amount from 0.01 to 999999999.99 with at most 2 decimals"));
        }
    }
}
