package org.echeance.core.identifier;

/**
 * Names the kinds of identifier this package checks.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IdentifierType {
    /** International Bank Account Number (ISO 13616). */
    IBAN("IBAN"),
    /** Business Identifier Code of a bank (ISO 9362). */
    BIC("BIC"),
    /** EU VAT identification number, with its country prefix (BT-31, BT-48). */
    VAT_NUMBER("VAT number"),
    /** French company number (système d'identification du répertoire des entreprises). */
    SIREN("SIREN"),
    /** French establishment number (système d'identification du répertoire des établissements). */
    SIRET("SIRET"),
    /** Email address. */
    EMAIL("email address"),
    /** Telephone number in international form (ITU-T E.164). */
    PHONE("phone number"),
    /** Structured creditor reference a payer quotes with a credit transfer (ISO 11649). */
    RF_REFERENCE("RF creditor reference");

    private final String displayName;

    IdentifierType(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the name of this type as it reads inside an English sentence.
     *
     * <p>For example, {@code VAT_NUMBER.displayName()} is {@code "VAT number"}.
     *
     * @return the display name, never empty
     */
    public String displayName() {
        return displayName;
    }
}
