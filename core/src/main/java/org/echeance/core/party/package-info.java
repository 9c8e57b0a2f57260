/** Parties to invoices: sellers, buyers and payees, with their addresses, contacts and identifiers. */
package org.echeance.core.party;
