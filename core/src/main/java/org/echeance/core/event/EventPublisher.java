package org.echeance.core.event;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to registered listeners, in registration order, isolating each listener's failure.
 *
 * <p>This class is thread-safe.
 */
public final class EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final List<InvoiceEventListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Registers a listener.
     *
     * @param listener the listener
     */
    public void register(InvoiceEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     * @return true if it was registered
     */
    public boolean unregister(InvoiceEventListener listener) {
        return listeners.remove(listener);
    }

    /**
     * Delivers events to every listener; a listener that throws is logged and skipped.
     *
     * @param events the events, in order
     * @return the number of deliveries that failed
     */
    public int publish(List<? extends InvoiceEvent> events) {
        Objects.requireNonNull(events, "events");
        int failures = 0;
        for (InvoiceEvent event : events) {
            for (InvoiceEventListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    failures++;
                    LOG.warn("Listener {} failed on event {}", listener, event.eventId(), e);
                }
            }
        }
        return failures;
    }
}
