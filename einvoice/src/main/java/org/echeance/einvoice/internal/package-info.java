/** Implementation of the e-invoice writers: not API, may change without notice. */
package org.echeance.einvoice.internal;
