/** Echeance core: the pure billing domain, with no I/O. */
package org.echeance.core;
