/** The expansion engine of recurrence rules. Not API: use {@link org.echeance.core.recurrence.RecurrenceRule}. */
package org.echeance.core.recurrence.internal;
