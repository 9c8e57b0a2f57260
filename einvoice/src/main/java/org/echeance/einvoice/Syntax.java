package org.echeance.einvoice;

/**
 * The XML syntax of an EN 16931 electronic invoice.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Syntax {
    /** UN/CEFACT Cross Industry Invoice D16B, the XML inside Factur-X and ZUGFeRD. */
    CII("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "CrossIndustryInvoice"),
    /** OASIS UBL 2.1, as profiled by Peppol BIS Billing 3.0 ({@code Invoice} or {@code CreditNote}). */
    UBL("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice");

    private final String rootNamespace;
    private final String rootElement;

    Syntax(String rootNamespace, String rootElement) {
        this.rootNamespace = rootNamespace;
        this.rootElement = rootElement;
    }

    /**
     * Returns the namespace of the root element of an invoice in this syntax.
     *
     * <p>A UBL credit note has its own root, {@code urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}.
     *
     * @return the namespace URI
     */
    public String rootNamespace() {
        return rootNamespace;
    }

    /**
     * Returns the local name of the root element of an invoice in this syntax.
     *
     * @return {@code CrossIndustryInvoice} or {@code Invoice}
     */
    public String rootElement() {
        return rootElement;
    }
}
