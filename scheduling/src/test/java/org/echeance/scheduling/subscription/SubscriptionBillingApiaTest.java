package org.echeance.scheduling.subscription;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The worked examples again with the JVM's default time zone on Pacific/Apia (UTC+13, which skipped 30 December
 * 2011): schedules are date-based, so every result is the same.
 */
class SubscriptionBillingApiaTest extends SubscriptionBillingTest {
    @RegisterExtension
    static final DefaultTimeZone ZONE = new DefaultTimeZone("Pacific/Apia");
}
