/** Money at the API boundary and explicit, EN 16931 rounding. */
package org.echeance.core.money;
