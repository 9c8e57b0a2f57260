/**
 * Invoices and credit notes: lines, prices, allowances and charges, VAT, and the EN 16931 totals computed from
 * them.
 */
package org.echeance.core.invoice;
