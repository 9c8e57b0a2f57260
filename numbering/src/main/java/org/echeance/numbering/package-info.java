/** Invoice numbering: patterns, strategies and gap-free sequence stores. */
package org.echeance.numbering;
