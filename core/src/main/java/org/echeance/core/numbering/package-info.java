/** The numbering extension point: how issued documents get their numbers. */
package org.echeance.core.numbering;
