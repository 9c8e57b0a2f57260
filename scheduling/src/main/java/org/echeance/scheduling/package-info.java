/** Time-driven engines and the scheduler facade an application calls from its own timer. */
package org.echeance.scheduling;
