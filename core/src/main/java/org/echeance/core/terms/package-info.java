/**
 * Payment terms: how an issue date becomes a due date, and the mentions printed next to it.
 *
 * <p>{@link org.echeance.core.terms.PaymentTerms} is the closed family of term shapes; {@link
 * org.echeance.core.terms.EarlyPaymentDiscount} (escompte) and {@link org.echeance.core.terms.LatePaymentTerms}
 * (penalties and recovery indemnity) are the other mentions Code de commerce L441-9 asks for; {@link
 * org.echeance.core.terms.FrenchPaymentTermsCap} checks the cap of L441-10 I.
 *
 * <p>Bad input throws {@link org.echeance.core.validation.ValidationException} with one of these rule ids:
 *
 * <ul>
 *   <li>{@code ECH-TERMS-01}: a number of days outside 0 to 3660;
 *   <li>{@code ECH-TERMS-02}: a day of the month outside 1 to 31;
 *   <li>{@code ECH-TERMS-03}: an early-payment discount not above 0 and below 100 percent;
 *   <li>{@code ECH-TERMS-04}: a late-payment rate outside 0 to 100 percent;
 *   <li>{@code ECH-TERMS-05}: a recovery indemnity that is not positive;
 *   <li>{@code ECH-TERMS-06}: a negative legal interest rate;
 *   <li>{@code FR-L441-10-II}: a late-payment rate below 3 times the legal interest rate.
 * </ul>
 */
package org.echeance.core.terms;
