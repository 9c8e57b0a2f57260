/**
 * Stable JSON for Echeance's value types, for ERP integration: {@link org.echeance.json.EcheanceModule}, a Jackson
 * module, and {@link org.echeance.json.EcheanceJson}, a ready mapper with safe parser limits.
 */
package org.echeance.json;
