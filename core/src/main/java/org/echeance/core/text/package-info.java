/**
 * How documents state values in words: amounts, dates and rates in French or English, the same on every JDK
 * ({@link org.echeance.core.text.DocumentText}), and the wording of documents by language, with placeholders and
 * English as the fallback key by key ({@link org.echeance.core.text.TextTemplates}).
 */
package org.echeance.core.text;
