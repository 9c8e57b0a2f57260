package org.echeance.scheduling.subscription;

import java.util.TimeZone;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test of a class under another JVM default time zone, and restores the previous one after it: the
 * schedules are date-based and must not notice.
 */
final class DefaultTimeZone implements BeforeEachCallback, AfterEachCallback {
    private final String zone;
    private TimeZone previous;

    DefaultTimeZone(String zone) {
        this.zone = zone;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        previous = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        if (!TimeZone.getDefault().getID().equals(zone)) {
            throw new IllegalStateException("time zone " + zone + " is unknown to this JVM");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TimeZone.setDefault(previous);
    }
}
