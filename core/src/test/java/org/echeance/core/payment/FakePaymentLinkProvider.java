package org.echeance.core.payment;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echeance.core.money.Amounts;

/**
 * A payment link provider for tests: it talks to no network, builds each link from the request alone and records
 * every call.
 *
 * <p>A link reads {@code https://pay.example.test/SELLER/INVOICE?amount=2880.00&currency=EUR}, each part
 * percent-encoded, so the same request always gives the same link, two sellers never share one, and a new amount gives
 * a new link, as {@link PaymentLinkProvider} asks. It is thread-safe.
 */
final class FakePaymentLinkProvider implements PaymentLinkProvider {
    /** The provider name the links carry. */
    static final String PROVIDER = "Fake PSP";

    private final List<PaymentLinkRequest> requests = new ArrayList<>();
    private final Map<URI, PaymentLink> links = new LinkedHashMap<>();

    @Override
    public synchronized PaymentLink linkFor(PaymentLinkRequest request) {
        requests.add(request);
        URI url = URI.create("https://pay.example.test/" + encode(request.sellerId()) + "/"
                + encode(request.invoiceNumber()) + "?amount=" + Amounts.toPlainString(request.amount())
                + "&currency=" + request.amount().getCurrency().getCurrencyCode());
        return links.computeIfAbsent(url, u -> new PaymentLink(u, Optional.of(PROVIDER)));
    }

    /** Returns every request received, in order, repeated ones included. */
    synchronized List<PaymentLinkRequest> requests() {
        return List.copyOf(requests);
    }

    /** Returns the links created, in order; a repeated request creates none. */
    synchronized List<PaymentLink> createdLinks() {
        return List.copyOf(links.values());
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
