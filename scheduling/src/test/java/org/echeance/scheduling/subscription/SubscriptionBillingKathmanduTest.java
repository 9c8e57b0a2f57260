package org.echeance.scheduling.subscription;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The worked examples again with the JVM's default time zone on Asia/Kathmandu (UTC+5:45). */
class SubscriptionBillingKathmanduTest extends SubscriptionBillingTest {
    @RegisterExtension
    static final DefaultTimeZone ZONE = new DefaultTimeZone("Asia/Kathmandu");
}
