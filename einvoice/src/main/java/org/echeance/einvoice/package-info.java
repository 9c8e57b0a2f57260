/** Echeance einvoice module (see the module's README). */
package org.echeance.einvoice;
