/**
 * Implementation of recurring billing: the schedule of periods from the anchor, the draft invoices of a period and
 * the SQL of the JDBC billing-run store. Not API: the types here may change without notice.
 */
package org.echeance.scheduling.subscription.internal;
