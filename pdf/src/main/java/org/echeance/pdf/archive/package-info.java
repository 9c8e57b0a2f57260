/**
 * Issued documents that never change: {@link org.echeance.pdf.archive.DocumentIssuer} renders the Factur-X PDF of an
 * issued invoice or credit note once and keeps it, with its CII XML and their SHA-256, as an {@link
 * org.echeance.pdf.archive.IssuedDocument} in a {@link org.echeance.pdf.archive.DocumentArchive} (in memory, or a
 * database table on PostgreSQL or H2); later views return the stored bytes, and branding changes apply only to
 * documents issued afterwards.
 *
 * <p>Rule ids of the checks:
 *
 * <ul>
 *   <li>{@code ECH-LIFE-03} (core): a draft, or a document without an issue date, has no issued document;
 *   <li>{@code ECH-PDF-07}: a part of an issued document is missing or malformed (blank seller id or number, empty
 *       bytes, a hash that is not 64 lower-case hexadecimal digits, a profile that is not Factur-X, an id longer
 *       than the table takes);
 *   <li>{@code ECH-PDF-08}: an invoice is issued under a number already issued with other content;
 *   <li>{@code ECH-PDF-09}: stored bytes no longer give their stored SHA-256.
 * </ul>
 */
package org.echeance.pdf.archive;
