-- Echeance issued documents: the PDF and XML of each invoice and credit note as issued (PostgreSQL 12 or later).
-- Safe to run again: every statement is "if not exists".

-- One row per issued document, never updated or deleted: the bytes the seller sent, with their SHA-256 (lower-case
-- hexadecimal), checked on every read. The primary key makes the first document kept under a (seller, number)
-- the only one: a concurrent insert of the same key waits for that transaction, then finds its row
-- (PostgreSQL: INSERT ... ON CONFLICT DO NOTHING; H2: a duplicate key, SQL state 23505).
CREATE TABLE IF NOT EXISTS echeance_issued_document (
    seller_id       VARCHAR(100) NOT NULL,
    document_number VARCHAR(100) NOT NULL,
    document_type   VARCHAR(3)   NOT NULL,
    issue_date      DATE         NOT NULL,
    profile         VARCHAR(20)  NOT NULL,
    pdf             BYTEA        NOT NULL,
    pdf_sha256      VARCHAR(64)  NOT NULL,
    xml             BYTEA        NOT NULL,
    xml_sha256      VARCHAR(64)  NOT NULL,
    rendered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT echeance_issued_document_pk PRIMARY KEY (seller_id, document_number)
);
