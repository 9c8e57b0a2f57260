/** Implementation of the e-invoice readers: hardened XML parsing and the CII and UBL mappings. Not API. */
package org.echeance.einvoice.read.internal;
