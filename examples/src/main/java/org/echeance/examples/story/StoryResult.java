package org.echeance.examples.story;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.repository.InvoiceRepository;

/**
 * What a story leaves on its last day: its settings and output folder, its customers, their accounts (every
 * invoice, credit note, payment, allocation and reversal, as ledger entries), the summary, and the issued documents
 * when they were kept.
 *
 * <p>The receivables report and the JSON export start from here: the accounts feed the {@code overdue} module's
 * {@code ReceivablesLedger.ofAccounts(accounts)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param config the settings
 * @param layout the output folder's layout
 * @param customers the customers, by customer number
 * @param accounts the customer accounts on the last day, by customer number
 * @param summary the summary
 * @param invoices the issued invoices and credit notes with their final status, if {@link StoryConfig#keepInvoices()}
 */
public record StoryResult(
        StoryConfig config,
        OutputLayout layout,
        List<StoryCustomer> customers,
        List<CustomerAccount> accounts,
        StorySummary summary,
        Optional<InvoiceRepository> invoices) {
    /** Creates a result, rejecting null parts and copying the lists. */
    public StoryResult {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(layout, "layout");
        customers = List.copyOf(Objects.requireNonNull(customers, "customers"));
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(invoices, "invoices");
    }

    /**
     * Returns the account of a customer.
     *
     * @param customerNumber the customer number
     * @return the account
     * @throws IllegalArgumentException if the story has no such customer
     */
    public CustomerAccount account(String customerNumber) {
        return accounts.stream()
                .filter(a -> a.customerNumber().equals(customerNumber))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("customerNumber: no customer " + customerNumber));
    }
}
