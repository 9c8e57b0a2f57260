/**
 * Payment QR codes printed on documents: the EPC QR code (EPC069-12, "GiroCode") that a banking app scans to fill
 * in a SEPA credit transfer.
 *
 * <p>Pure Java values with the guideline's field limits; drawing the symbol is the renderer's job. Rule ids of the
 * checks, each reported with a path naming the field:
 *
 * <ul>
 *   <li>{@code ECH-EPC-01}: version 001 without a BIC (field 5 is mandatory in version 001);
 *   <li>{@code ECH-EPC-02}: a text field is blank where it is required, too long, or holds a line break;
 *   <li>{@code ECH-EPC-03}: the amount is not in euros;
 *   <li>{@code ECH-EPC-04}: the amount is outside 0.01..999 999 999.99 or has more than 2 decimals;
 *   <li>{@code ECH-EPC-05}: the purpose code is not 1 to 4 letters or digits;
 *   <li>{@code ECH-EPC-06}: both a structured reference and an unstructured text are given (fields 10 and 11 are
 *       mutually exclusive);
 *   <li>{@code ECH-EPC-07}: the encoded payload is longer than 331 bytes;
 *   <li>{@code ECH-EPC-08}: a text to parse is not an EPC QR payload.
 * </ul>
 */
package org.echeance.pdf.qr;
