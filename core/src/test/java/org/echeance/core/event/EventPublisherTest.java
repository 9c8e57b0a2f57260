package org.echeance.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPublisherTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void aFailingListenerDoesNotStopTheOthersNorTheEvents() {
        EventPublisher publisher = new EventPublisher();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        publisher.register(e -> before.add(e.eventId()));
        publisher.register(e -> {
            throw new IllegalStateException("mail server down");
        });
        publisher.register(e -> after.add(e.eventId()));

        int failures = publisher.publish(List.of(InvoiceIssued.of("F1", DAY), InvoicePaid.of("F1", DAY, "pay-1")));

        assertThat(failures).isEqualTo(2);
        assertThat(before).containsExactly("issued:F1", "paid:F1:pay-1");
        assertThat(after).containsExactly("issued:F1", "paid:F1:pay-1");
    }

    @Test
    void unregisteredListenersHearNothing() {
        EventPublisher publisher = new EventPublisher();
        List<InvoiceEvent> heard = new ArrayList<>();
        InvoiceEventListener listener = heard::add;
        publisher.register(listener);

        assertThat(publisher.unregister(listener)).isTrue();
        publisher.publish(List.of(InvoiceIssued.of("F1", DAY)));
        assertThat(heard).isEmpty();
    }

    @Test
    void eventIdsAreStableForTheSameCause() {
        assertThat(InvoiceIssued.of("F1", DAY)).isEqualTo(InvoiceIssued.of("F1", DAY));
        assertThat(PaymentApplied.of("F1", DAY, "psp-42", org.javamoney.moneta.Money.of(10, "EUR"))
                        .eventId())
                .isEqualTo("applied:psp-42:F1");
        assertThat(InstallmentDue.of("F1", DAY, 2, org.javamoney.moneta.Money.of(10, "EUR"))
                        .eventId())
                .isEqualTo("due:F1:2");
        assertThat(InvoiceCredited.of("F1", DAY, "AV1", org.javamoney.moneta.Money.of(10, "EUR"))
                        .eventId())
                .isEqualTo("credited:AV1");
    }
}
