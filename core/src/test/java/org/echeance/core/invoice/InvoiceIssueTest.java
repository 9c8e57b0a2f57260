package org.echeance.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;
import org.echeance.core.customer.Customer;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.numbering.NumberingStrategy;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.InvoiceValidationException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class InvoiceIssueTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 31);

    /** Counts numbers taken, like a counter row would. */
    private static final class CountingNumbering implements NumberingStrategy {
        final List<NumberingRequest> requests = new ArrayList<>();

        @Override
        public String nextNumber(NumberingRequest request) {
            requests.add(request);
            return "FA-" + request.issueDate().getYear() + "-" + String.format("%05d", requests.size());
        }
    }

    private static Invoice.Builder draft() {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, Monetary.getCurrency("EUR"))
                .seller(Party.builder("Vendeur SARL")
                        .vatNumber("FR19812345676")
                        .address(PostalAddress.of("1 rue A", "69002", "Lyon", "FR"))
                        .build())
                .buyer(Party.builder("Client SAS")
                        .address(PostalAddress.of("2 rue B", "75001", "Paris", "FR"))
                        .build())
                .line(InvoiceLine.builder("1", "Audit")
                        .sellerItemId("AUD-1")
                        .quantity("2", UnitCode.DAY)
                        .unitPrice(Money.of(new BigDecimal("650.00"), "EUR"))
                        .vatRate(VatRate.standard("20"))
                        .build());
    }

    @Test
    void issuingTakesANumberAndTheDueDateFromTheTerms() {
        CountingNumbering numbering = new CountingNumbering();
        Invoice draft = draft().build();

        Invoice issued = draft.issue(numbering, ISSUED, PaymentTerms.net(30));

        assertThat(draft.isDraft()).isTrue();
        assertThat(issued.isDraft()).isFalse();
        assertThat(issued.number()).contains("FA-2026-00001");
        assertThat(issued.issueDate()).contains(ISSUED);
        assertThat(issued.dueDate()).contains(LocalDate.of(2026, 3, 2));
        assertThat(issued.totals()).isEqualTo(draft.totals());
        assertThat(numbering.requests).singleElement().satisfies(r -> {
            assertThat(r.issueDate()).isEqualTo(ISSUED);
            assertThat(r.productCode()).contains("AUD-1");
            assertThat(r.seller().legalName()).isEqualTo("Vendeur SARL");
        });
    }

    @Test
    void issuingForACustomerUsesItsTermsAndPassesItsNumberToTheNumbering() {
        CountingNumbering numbering = new CountingNumbering();
        Customer customer = Customer.builder(
                        "C-0042", Party.builder("Client SAS").build())
                .paymentTerms(PaymentTerms.net(45))
                .build();

        Invoice issued = draft().build().issue(numbering, ISSUED, customer);

        assertThat(issued.dueDate()).contains(LocalDate.of(2026, 3, 17));
        assertThat(numbering.requests)
                .singleElement()
                .satisfies(r -> assertThat(r.customerNumber()).contains("C-0042"));
    }

    @Test
    void anIssuedInvoiceIsNeverIssuedAgain() {
        Invoice issued = draft().dueDate(ISSUED.plusDays(30)).build().issue("FA-1", ISSUED);

        assertThatThrownBy(() -> issued.issue("FA-2", ISSUED))
                .isInstanceOfSatisfying(InvoiceStateException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("ECH-LIFE-01");
                    assertThat(e.documentNumber()).isEqualTo("FA-1");
                });
    }

    @Test
    void aDraftThatBreaksBusinessRulesIsRefusedBeforeANumberIsTaken() {
        CountingNumbering numbering = new CountingNumbering();
        Invoice noSellerVat = draft().seller(Party.builder("Vendeur SARL")
                        .address(PostalAddress.of("1 rue A", "69002", "Lyon", "FR"))
                        .build())
                .build();

        assertThatThrownBy(() -> noSellerVat.issue(numbering, ISSUED, PaymentTerms.net(30)))
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertThat(e.hasRule("BR-S-02")).isTrue());
        assertThat(numbering.requests).as("no number burnt").isEmpty();
    }

    @Test
    void theDraftsOwnDueDateWinsOverTheTerms() {
        Invoice issued = draft().dueDate(LocalDate.of(2026, 2, 15))
                .build()
                .issue(new CountingNumbering(), ISSUED, PaymentTerms.net(60));

        assertThat(issued.dueDate()).contains(LocalDate.of(2026, 2, 15));
    }
}
