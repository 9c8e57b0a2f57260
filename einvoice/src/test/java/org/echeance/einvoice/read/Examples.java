package org.echeance.einvoice.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The official EN 16931 examples copied into the test resources (see {@code en16931/NOTICE.md}). */
final class Examples {
    static final List<String> CII = List.of(
            "cii/CII-BR-CO-10-RoundingIssue.xml",
            "cii/CII_business_example_01.xml",
            "cii/CII_example1.xml",
            "cii/CII_example2.xml",
            "cii/CII_example3.xml",
            "cii/CII_example4.xml",
            "cii/CII_example5.xml");

    static final List<String> UBL = List.of(
            "ubl/guide-example1.xml",
            "ubl/ubl-tc434-creditnote1.xml",
            "ubl/ubl-tc434-example1.xml",
            "ubl/ubl-tc434-example2.xml",
            "ubl/ubl-tc434-example3.xml",
            "ubl/ubl-tc434-example4.xml",
            "ubl/ubl-tc434-example5.xml");

    static final List<String> ALL =
            java.util.stream.Stream.concat(CII.stream(), UBL.stream()).toList();

    private Examples() {}

    static byte[] bytes(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/en16931/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult read(String name) {
        return EInvoiceReader.create().read(new java.io.ByteArrayInputStream(bytes(name)), name);
    }
}
