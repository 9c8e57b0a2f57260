/** JMH benchmarks of Echeance, each beside the baseline it is measured against. */
package org.echeance.benchmarks;
