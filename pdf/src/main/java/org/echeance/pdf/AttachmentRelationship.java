package org.echeance.pdf;

/**
 * How an attached file relates to the PDF document (PDF/A-3 {@code /AFRelationship}).
 *
 * <p>Factur-X uses {@link #DATA} for its MINIMUM and BASIC WL profiles and {@link #ALTERNATIVE} for the others;
 * other attachments are usually {@link #SUPPLEMENT}.
 */
public enum AttachmentRelationship {
    /** The file is the source the document was made from. */
    SOURCE("Source"),
    /** The file holds the data the document shows, such as an invoice's XML. */
    DATA("Data"),
    /** The file is another representation of the document's content. */
    ALTERNATIVE("Alternative"),
    /** The file adds to the document's content, such as a timesheet. */
    SUPPLEMENT("Supplement"),
    /** The relationship is not stated. */
    UNSPECIFIED("Unspecified");

    private final String pdfName;

    AttachmentRelationship(String pdfName) {
        this.pdfName = pdfName;
    }

    /**
     * Returns the name written in the PDF.
     *
     * @return the name, such as {@code "Alternative"}
     */
    public String pdfName() {
        return pdfName;
    }
}
