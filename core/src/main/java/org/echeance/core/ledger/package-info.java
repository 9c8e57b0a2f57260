/**
 * Customer accounts as ledgers of immutable entries: invoices charged, credit notes, payments, allocations,
 * reversals and refunds, with balances, statuses and statements derived from them.
 */
package org.echeance.core.ledger;
