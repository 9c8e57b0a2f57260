package org.echeance.einvoice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions of the official validation artefacts that Echeance's tests run on the documents Echeance writes: the
 * EN 16931 schematron (CEN/TC 434) for CII and UBL, and the Peppol BIS Billing 3 rules for UBL written with {@link
 * Profile#PEPPOL_BIS_3}.
 *
 * <p>Nothing here validates: the artefacts are test dependencies of this module, pinned in the build, and are not
 * on the run-time class path. The versions come from one place, the build: Maven writes them into a resource of
 * this jar, and the tests check that the rule sets they run are exactly these. Use them to say which rules a
 * document was proven against, for example in {@code echeance einvoice check}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationArtefacts {
    private static final String RESOURCE = "rule-sets.properties";
    private static final Properties VERSIONS = load();

    private ValidationArtefacts() {}

    /**
     * Returns the version of the EN 16931 validation artefacts (schematron) the tests run, the same for CII and UBL.
     *
     * @return the version, such as {@code "1.3.16"}
     */
    public static String en16931Version() {
        return get("en16931.version");
    }

    /**
     * Returns the Maven coordinates of the package the EN 16931 artefacts are taken from.
     *
     * @return {@code groupId:artifactId:version}, such as {@code "com.helger.phive.rules:phive-rules-en16931:4.3.7"}
     */
    public static String en16931Package() {
        return get("en16931.package") + ":" + get("en16931.package.version");
    }

    /**
     * Returns the Peppol BIS Billing version of the Peppol rules the tests run.
     *
     * @return the specification version, such as {@code "3.0.21"}
     */
    public static String peppolBisVersion() {
        return get("peppol.version");
    }

    /**
     * Returns the OpenPeppol release of the Peppol BIS Billing rules the tests run.
     *
     * @return the release, such as {@code "2026.5"}
     */
    public static String peppolBisRelease() {
        return get("peppol.release");
    }

    /**
     * Returns the Maven coordinates of the package the Peppol rules are taken from.
     *
     * @return {@code groupId:artifactId:version}, such as {@code "com.helger.phive.rules:phive-rules-peppol:4.3.7"}
     */
    public static String peppolPackage() {
        return get("peppol.package") + ":" + get("peppol.package.version");
    }

    /**
     * Returns a one-line description of both rule sets.
     *
     * @return such as {@code EN 16931 schematron 1.3.16 (com.helger.phive.rules:phive-rules-en16931:4.3.7), Peppol
     *     BIS Billing 3.0.21 (OpenPeppol 2026.5, com.helger.phive.rules:phive-rules-peppol:4.3.7)}
     */
    public static String summary() {
        return "EN 16931 schematron " + en16931Version() + " (" + en16931Package() + "), Peppol BIS Billing "
                + peppolBisVersion() + " (OpenPeppol " + peppolBisRelease() + ", " + peppolPackage() + ")";
    }

    private static String get(String key) {
        String value = VERSIONS.getProperty(key);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException(RESOURCE + " has no " + key + ": the jar was not built by Maven");
        }
        return value.strip();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ValidationArtefacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from echeance-einvoice");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
