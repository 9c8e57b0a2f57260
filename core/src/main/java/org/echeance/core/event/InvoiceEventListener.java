package org.echeance.core.event;

/**
 * Receives invoice events after the transition that produced them has succeeded.
 *
 * <p>A listener that throws does not undo the transition nor stop other listeners: the
 * {@link EventPublisher} logs the failure and goes on. Listeners run on the caller's thread.
 */
@FunctionalInterface
public interface InvoiceEventListener {
    /**
     * Handles one event.
     *
     * @param event the event
     */
    void onEvent(InvoiceEvent event);
}
