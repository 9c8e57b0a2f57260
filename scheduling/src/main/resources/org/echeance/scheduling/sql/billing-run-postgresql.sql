-- Echeance recurring billing: the periods billing runs have claimed (PostgreSQL 12 or later).
-- Safe to run again: every statement is "if not exists".

-- One row per billed period of a subscription. The primary key is the idempotency key of recurring
-- billing: a run inserts the row (INSERT ... ON CONFLICT DO NOTHING) in the transaction that saves the
-- invoice, and bills the period only if its insert created the row. A concurrent run inserting the same
-- key waits for that transaction, then finds the row. Deleting the row (with the credit note that cancels
-- the invoice) lets the next run bill the period again.
CREATE TABLE IF NOT EXISTS echeance_billing_run (
    seller_id       VARCHAR(100) NOT NULL,
    subscription_id VARCHAR(100) NOT NULL,
    period_start    DATE         NOT NULL,
    run_id          VARCHAR(200) NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT echeance_billing_run_pk PRIMARY KEY (seller_id, subscription_id, period_start)
);

-- One row per reminder step produced (or skipped) for an open item: the idempotency key of reminders and
-- their fees. The reminder job inserts the row in the transaction that stores or sends the reminder (or
-- writes it to an outbox), and produces the step only if its insert created the row; a rollback frees the
-- step again. Counting a customer's rows gives the reminders sent to them.
CREATE TABLE IF NOT EXISTS echeance_reminder_log (
    seller_id          VARCHAR(100) NOT NULL,
    customer_number    VARCHAR(100) NOT NULL,
    invoice_number     VARCHAR(100) NOT NULL,
    installment_number INTEGER      NOT NULL,
    step_key           VARCHAR(100) NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT echeance_reminder_log_pk
        PRIMARY KEY (seller_id, customer_number, invoice_number, installment_number, step_key)
);
