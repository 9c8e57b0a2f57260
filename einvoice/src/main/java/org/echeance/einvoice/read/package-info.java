/**
 * Reading EN 16931 electronic invoices, CII and UBL, into Echeance's invoice model, with the stated totals kept
 * beside the recomputed ones: start with {@link org.echeance.einvoice.read.EInvoiceReader}.
 */
package org.echeance.einvoice.read;
