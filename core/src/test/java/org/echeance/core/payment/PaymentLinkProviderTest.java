package org.echeance.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.echeance.core.identifier.InvalidIdentifierException;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PaymentLinkProviderTest {
    private static final LocalDate DUE = LocalDate.of(2026, 2, 14);

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    @Test
    void givesTheSameLinkWhenAskedAgainForTheSameInvoice() {
        FakePaymentLinkProvider provider = new FakePaymentLinkProvider();
        PaymentLinkRequest request = PaymentLinkRequest.of("atelier-durand", "FA-2026-00001", eur("2880"), DUE);

        PaymentLink first = provider.linkFor(request);
        PaymentLink retried = provider.linkFor(request);

        assertThat(first.url())
                .isEqualTo(URI.create(
                        "https://pay.example.test/atelier-durand/FA-2026-00001?amount=2880.00&currency=EUR"));
        assertThat(first.provider()).contains(FakePaymentLinkProvider.PROVIDER);
        assertThat(retried).isEqualTo(first);
        assertThat(provider.requests()).containsExactly(request, request);
        assertThat(provider.createdLinks()).containsExactly(first);
    }

    @Test
    void givesTwoSellersWithTheSameInvoiceNumberTwoLinks() {
        FakePaymentLinkProvider provider = new FakePaymentLinkProvider();

        PaymentLink a = provider.linkFor(PaymentLinkRequest.of("seller-a", "FA-2026-00001", eur("100"), DUE));
        PaymentLink b = provider.linkFor(PaymentLinkRequest.of("seller-b", "FA-2026-00001", eur("100"), DUE));

        assertThat(a.url()).isNotEqualTo(b.url());
        assertThat(provider.createdLinks()).containsExactly(a, b);
    }

    @Test
    void givesANewLinkAfterAPartialPayment() {
        FakePaymentLinkProvider provider = new FakePaymentLinkProvider();

        PaymentLink full = provider.linkFor(PaymentLinkRequest.of("atelier-durand", "FA-2026-00001", eur("2880"), DUE));
        PaymentLink rest = provider.linkFor(PaymentLinkRequest.of("atelier-durand", "FA-2026-00001", eur("880"), DUE));

        assertThat(rest.url().toString()).endsWith("?amount=880.00&currency=EUR");
        assertThat(rest).isNotEqualTo(full);
    }

    @Test
    void encodesTheInvoiceNumberInTheUrl() {
        PaymentLink link = new FakePaymentLinkProvider()
                .linkFor(PaymentLinkRequest.of("Société A", "FA 2026/42?x", eur("10.5"), DUE));

        assertThat(link.url().toString())
                .isEqualTo(
                        "https://pay.example.test/Soci%C3%A9t%C3%A9%20A/FA%202026%2F42%3Fx?amount=10.50&currency=EUR");
        assertThat(link.meansCode()).isEqualTo(PaymentMeansCode.ONLINE_PAYMENT_SERVICE);
    }

    @Test
    void requestKeepsTheCustomerEmailNormalised() {
        PaymentLinkRequest request = new PaymentLinkRequest(
                "atelier-durand", "FA-2026-00001", eur("2880"), DUE, Optional.of("Compta@Boulangerie-Martin.FR"));

        assertThat(request.customerEmail()).contains("Compta@boulangerie-martin.fr");
        assertThatThrownBy(() -> new PaymentLinkRequest(
                        "atelier-durand", "FA-2026-00001", eur("2880"), DUE, Optional.of("compta")))
                .isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void requestReportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> PaymentLinkRequest.of(" ", "", eur("0"), DUE))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        tuple("ECH-PAY-09", "sellerId"),
                                        tuple("ECH-PAY-09", "invoiceNumber"),
                                        tuple("ECH-PAY-01", "amount")));
    }

    @Test
    void requestRefusesNullParts() {
        assertThatThrownBy(() -> PaymentLinkRequest.of(null, "FA-1", eur("1"), DUE))
                .hasMessage("sellerId");
        assertThatThrownBy(() -> PaymentLinkRequest.of("s", null, eur("1"), DUE))
                .hasMessage("invoiceNumber");
        assertThatThrownBy(() -> PaymentLinkRequest.of("s", "FA-1", null, DUE)).hasMessage("amount");
        assertThatThrownBy(() -> PaymentLinkRequest.of("s", "FA-1", eur("1"), null))
                .hasMessage("dueDate");
        assertThatThrownBy(() -> new PaymentLinkRequest("s", "FA-1", eur("1"), DUE, null))
                .hasMessage("customerEmail");
    }
}
