package org.echeance.einvoice.read.internal;

import java.io.InputStream;
import java.util.Optional;
import org.echeance.einvoice.EInvoiceReadException;
import org.echeance.einvoice.read.ReadLimits;
import org.echeance.einvoice.read.ReadResult;

/**
 * Reads a document end to end: hardened parsing, syntax recognition by root element and namespace, mapping and
 * assembly. Not API. This class is immutable and thread-safe.
 */
public final class DocumentReader {
    /** The CII root namespace (UN/CEFACT D16B). */
    static final String CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    /** The UBL 2.1 invoice root namespace. */
    static final String UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    /** The UBL 2.1 credit note root namespace. */
    static final String UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    private DocumentReader() {}

    /**
     * Reads a document.
     *
     * @param input the document, not closed
     * @param source the file name, if any
     * @param limits the size and depth limits
     * @return the result
     * @throws EInvoiceReadException if the document is malformed, hostile or not a CII or UBL invoice
     */
    public static ReadResult read(InputStream input, Optional<String> source, ReadLimits limits) {
        String name = source.orElse(null);
        XmlElement root = new SecureXmlParser(limits).parse(input, name);
        Values values = new Values(name);
        DocumentDraft draft;
        String local = root.localName();
        String ns = root.namespace();
        if (local.equals("CrossIndustryInvoice")) {
            expect(values, root, CII);
            draft = CiiMapper.map(root, values);
        } else if (local.equals("Invoice")) {
            expect(values, root, UBL_INVOICE);
            draft = UblMapper.map(root, values);
        } else if (local.equals("CreditNote")) {
            expect(values, root, UBL_CREDIT_NOTE);
            draft = UblMapper.map(root, values);
        } else {
            throw values.refused(
                    root,
                    "the root element <" + root.qualifiedName() + ">" + (ns.isEmpty() ? "" : " in namespace " + ns)
                            + " is neither a CII CrossIndustryInvoice nor a UBL Invoice or CreditNote");
        }
        return Assembler.assemble(draft, source);
    }

    private static void expect(Values values, XmlElement root, String namespace) {
        if (!root.namespace().equals(namespace)) {
            throw values.refused(
                    root,
                    "the root element <" + root.qualifiedName() + "> is in namespace "
                            + (root.namespace().isEmpty() ? "(none)" : root.namespace()) + ", expected " + namespace);
        }
    }
}
