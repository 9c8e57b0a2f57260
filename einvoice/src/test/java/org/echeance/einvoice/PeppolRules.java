package org.echeance.einvoice;

import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * The official Peppol BIS Billing 3.0 validation artefacts (OpenPeppol, packaged by phive-rules-peppol, version
 * pinned in the root pom), for tests of UBL documents written with {@link Profile#PEPPOL_BIS_3}: the UBL 2.1 XSD,
 * then OpenPeppol's copy of the CEN EN 16931 UBL schematron ({@code CEN-EN16931-UBL.xslt}), then the Peppol rules
 * ({@code PEPPOL-EN16931-UBL.xslt}: PEPPOL-EN16931-*, PEPPOL-COMMON-*, the national rules DE, DK, GR, IS, IT, NL, NO,
 * SE).
 *
 * <p>Which rule set: the release {@link ValidationArtefacts#peppolBisRelease()} names (2026.5, "BIS Billing 3.0.21",
 * the latest the package ships; {@code PeppolRulesTest} checks both), {@code eu.peppol.bis3:invoice} for an {@code
 * Invoice} and {@code eu.peppol.bis3:creditnote} for a {@code CreditNote}.
 *
 * <p>Use: {@code List<String> errors = PeppolRules.errors(xml);} — empty when the document passes; otherwise one
 * line per failed assert or schema error of level error or fatal ({@code [PEPPOL-EN16931-R010] … @ /path}). Warnings
 * are ignored.
 *
 * <p>Thread safety and cost: as {@link OfficialRules}. The rule sets are registered and their XSLT compiled once
 * per JVM, in this class's initialiser; phive keeps the {@code Templates} and creates a new transformer per
 * validation, so the methods may be called from many threads at once.
 */
public final class PeppolRules {
    private static final Logger LOG = LoggerFactory.getLogger(PeppolRules.class);

    /** The group of the Peppol BIS 3 rule sets in phive. */
    static final String GROUP = "eu.peppol.bis3";

    /** Every Peppol rule set the package registers (BIS 3 of every release, PINT, reporting...). */
    static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = new ValidationExecutorSetRegistry<>();

    private static final IValidationExecutorSet<IValidationSourceXML> INVOICE;
    private static final IValidationExecutorSet<IValidationSourceXML> CREDIT_NOTE;

    static {
        PeppolValidation.initStandard(REGISTRY);
        INVOICE = OfficialRules.pinned(REGISTRY, GROUP, "invoice", ValidationArtefacts.peppolBisRelease());
        CREDIT_NOTE = OfficialRules.pinned(REGISTRY, GROUP, "creditnote", ValidationArtefacts.peppolBisRelease());
        OfficialRules.compile(INVOICE);
        OfficialRules.compile(CREDIT_NOTE);
        LOG.info("Peppol rules: {}", versions());
    }

    private PeppolRules() {}

    /**
     * Returns the rule sets used, such as {@code eu.peppol.bis3:invoice:2026.5 (OpenPeppol UBL Invoice (2026.5) (aka
     * BIS Billing 3.0.21))}.
     *
     * @return a printable description
     */
    public static String versions() {
        return OfficialRules.describe(INVOICE) + "; " + OfficialRules.describe(CREDIT_NOTE);
    }

    /**
     * Validates a UBL document against the XSD, the EN 16931 rules and the Peppol BIS 3 rules.
     *
     * @param xml a UBL {@code Invoice} or {@code CreditNote}, checked by the rule set of its root element
     * @return the errors and fatal errors, empty when the document passes
     */
    public static List<String> errors(byte[] xml) {
        Document document = OfficialRules.parse(xml);
        boolean creditNote = "CreditNote".equals(document.getDocumentElement().getLocalName());
        return OfficialRules.run(creditNote ? CREDIT_NOTE : INVOICE, document, false);
    }

    /** Returns the rule set the tests run for a document kind ({@code invoice} or {@code creditnote}). */
    static IValidationExecutorSet<IValidationSourceXML> pinned(String artifact) {
        return "creditnote".equals(artifact) ? CREDIT_NOTE : INVOICE;
    }

    /** Returns the newest rule set the package registers for a document kind, whatever its status. */
    static Optional<IValidationExecutorSet<IValidationSourceXML>> latest(String artifact) {
        return REGISTRY.getAll().stream()
                .filter(s -> s.getID().getGroupID().equals(GROUP)
                        && s.getID().getArtifactID().equals(artifact))
                .max(Comparator.comparing(s -> s.getID().getVersionObj()));
    }
}
