/** Violations of documented rules and the exceptions that carry them. */
package org.echeance.core.validation;
