package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.echeance.core.money.Amounts;
import org.junit.jupiter.api.Test;

/**
 * Recurring billing works on dates only: the JVM's default time zone changes nothing (peer lesson R6). The zones are
 * far apart and odd: Pacific/Apia skipped 30 December 2011 and sits at UTC+13, Asia/Kathmandu is UTC+5:45,
 * America/St_Johns UTC-3:30, and Antarctica/Casey hung ical4j (#254).
 */
class SubscriptionTimeZoneTest {
    private static final String[] ZONES = {"Pacific/Apia", "Asia/Kathmandu", "America/St_Johns", "Antarctica/Casey"};

    @Test
    void schedulesDraftsAndRunsDoNotDependOnTheDefaultTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            List<String> inUtc = transcript();
            assertThat(inUtc).hasSizeGreaterThan(150);
            for (String zone : ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(TimeZone.getDefault().getID()).isEqualTo(zone);
                assertThat(transcript()).as(zone).isEqualTo(inUtc);
            }
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(TimeZone.getDefault()).isEqualTo(original);
    }

    /** Everything the engine computes for the test portfolio, one line per billed period. */
    private static List<String> transcript() {
        List<Subscription> subscriptions = SubscriptionFixtures.portfolio("tz");
        List<String> lines = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            lines.add(subscription.id() + " periods "
                    + subscription
                            .periods()
                            .limit(30)
                            .map(BillingPeriod::toString)
                            .collect(Collectors.joining()));
        }
        for (BilledPeriod billed : BillingRun.preview(SubscriptionFixtures.date("2027-12-31"), subscriptions)) {
            lines.add(billed.subscriptionId() + " " + billed.period() + " " + billed.billingDate() + " "
                    + billed.invoice().dueDate().orElseThrow() + " "
                    + billed.invoice().lines().stream()
                            .map(l -> l.id() + "=" + l.period().orElseThrow())
                            .collect(Collectors.joining(","))
                    + " " + Amounts.toPlainString(billed.invoice().totals().amountDue()));
        }
        // a run "now" reads the day in the business's zone, whatever the JVM's zone
        Clock clock = Clock.fixed(Instant.parse("2025-06-30T22:30:00Z"), ZoneId.of("UTC"));
        BillingRun.of(InMemoryBillingRunStore.create()).run(clock, ZoneId.of("Europe/Paris"), subscriptions).stream()
                .map(b -> "run " + b.subscriptionId() + " " + b.billingDate())
                .forEach(lines::add);
        return lines;
    }
}
