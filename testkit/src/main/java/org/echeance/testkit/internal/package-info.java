/** Helpers of the testkit's generators; not API. */
package org.echeance.testkit.internal;
