/** Payment terms: how an issue date becomes a due date. */
package org.echeance.core.terms;
