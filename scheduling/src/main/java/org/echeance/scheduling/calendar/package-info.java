/**
 * Installment calendars and the daily timeline: what falls due between two dates across customer accounts, the
 * totals of the coming months per currency, and {@link org.echeance.scheduling.calendar.TimelineScheduler}, the
 * facade an application calls from its own timer to run the day's time events and reminders.
 */
package org.echeance.scheduling.calendar;
