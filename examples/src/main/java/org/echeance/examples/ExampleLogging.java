package org.echeance.examples;

import java.util.logging.Level;
import java.util.logging.Logger;

/** What the examples' {@code main} methods hear from their libraries: warnings only. */
final class ExampleLogging {
    /** Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

    private ExampleLogging() {}

    /** Silences Moneta's INFO line about its providers: an application chooses to hear it, the examples do not. */
    static void quiet() {
        MONETA.setLevel(Level.WARNING);
    }
}
