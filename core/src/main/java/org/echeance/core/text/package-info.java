/**
 * How documents state values in words: amounts, dates and rates in French or English, the same on every JDK
 * ({@link org.echeance.core.text.DocumentText}).
 */
package org.echeance.core.text;
