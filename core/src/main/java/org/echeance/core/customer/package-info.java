/** Customers: the parties a seller bills, with their billing preferences. */
package org.echeance.core.customer;
