/** Payment means and the payment instructions printed on invoices. */
package org.echeance.core.payment;
