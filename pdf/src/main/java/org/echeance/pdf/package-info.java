/** Echeance pdf module (see the module's README). */
package org.echeance.pdf;
