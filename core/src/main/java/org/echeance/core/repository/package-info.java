/**
 * Invoice storage: the {@link org.echeance.core.repository.InvoiceRepository} SPI an application implements on
 * its database, a ready {@link org.echeance.core.repository.InMemoryInvoiceRepository}, and
 * {@link org.echeance.core.repository.InvoiceQuery}, the filters, sort and paging every implementation honours.
 *
 * <p>A repository stores issued documents only, one {@link org.echeance.core.repository.InvoiceRecord} per seller
 * and number: the document itself, which never changes, next to the status, open amount and oldest open due date
 * the application derives from the customer account ledger and updates after each transition. Drafts live in the
 * application until they are issued.
 *
 * <p>Every call names its seller: a query for one company never returns another company's invoices.
 */
package org.echeance.core.repository;
