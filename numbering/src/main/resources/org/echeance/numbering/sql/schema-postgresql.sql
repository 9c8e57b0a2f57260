-- Echeance numbering: counters and the log of every number taken (PostgreSQL 12 or later).
-- Safe to run again: every statement is "if not exists".

-- One row per counter (seller, series, scope key). next_value is the value the next number takes.
-- The row is locked and incremented inside the transaction that inserts the document, so a rollback
-- gives the number back; counters of different keys are different rows and never block each other.
CREATE TABLE IF NOT EXISTS echeance_counter (
    seller_id  VARCHAR(100) NOT NULL,
    series     VARCHAR(100) NOT NULL,
    scope      VARCHAR(100) NOT NULL,
    next_value BIGINT       NOT NULL,
    CONSTRAINT echeance_counter_pk PRIMARY KEY (seller_id, series, scope),
    CONSTRAINT echeance_counter_next_value_ck CHECK (next_value >= 1)
) WITH (fillfactor = 50); -- room on the page so the frequent updates stay HOT (no index churn)

-- Every number taken by the gap-free store, written in the same transaction. The primary key makes a
-- duplicate number impossible even if a counter row were ever edited by hand.
CREATE TABLE IF NOT EXISTS echeance_counter_log (
    seller_id   VARCHAR(100) NOT NULL,
    series      VARCHAR(100) NOT NULL,
    scope       VARCHAR(100) NOT NULL,
    taken_value BIGINT       NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT echeance_counter_log_pk PRIMARY KEY (seller_id, series, scope, taken_value)
);
