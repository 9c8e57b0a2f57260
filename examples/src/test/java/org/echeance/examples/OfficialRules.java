package org.echeance.examples;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.diver.api.version.DVRVersionException;
import com.helger.phive.api.execute.IValidationExecutorCacheSupport;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.phive.xml.xsd.ValidationExecutorXSD;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.echeance.einvoice.Syntax;
import org.echeance.einvoice.ValidationArtefacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * The official EN 16931 validation artefacts (CEN/TC 434, packaged by phive-rules-en16931, version pinned in the
 * root pom), for tests: the XSD of the syntax, then the EN 16931 schematron compiled to XSLT.
 *
 * <p>A copy of the e-invoice module's test harness. Which rule sets: the version {@link
 * ValidationArtefacts#en16931Version()} names (the one the e-invoice module is tested with), for CII (UN/CEFACT D16B
 * XSD + {@code EN16931-CII-validation.xslt}) and for UBL 2.1 (Invoice and CreditNote XSD + {@code
 * EN16931-UBL-validation.xslt}).
 *
 * <p>Use: {@code List<String> errors = OfficialRules.errors(xml, Syntax.CII);} — empty when the document passes;
 * otherwise one line per failed assert or schema error of level error or fatal ({@code [BR-CO-15] … @ /path}).
 * Warnings are ignored.
 *
 * <p>Thread safety and cost: the rule sets are registered and their XSLT compiled once per JVM, in this class's
 * initialiser (seconds); phive keeps the compiled XSLT ({@code Templates}) in its cache and creates a new
 * transformer for each validation, so the methods may be called from many threads at once. A validation takes tens
 * of milliseconds for small documents.
 */
public final class OfficialRules {
    private static final Logger LOG = LoggerFactory.getLogger(OfficialRules.class);

    /** The EN 16931 validation artefacts version used, as phive names it. */
    public static final String EN16931_VERSION = ValidationArtefacts.en16931Version();

    /** Every EN 16931 rule set the package registers, of every version. */
    static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = new ValidationExecutorSetRegistry<>();

    private static final IValidationExecutorSet<IValidationSourceXML> CII;
    private static final IValidationExecutorSet<IValidationSourceXML> UBL_INVOICE;
    private static final IValidationExecutorSet<IValidationSourceXML> UBL_CREDIT_NOTE;

    static {
        EN16931Validation.initEN16931(REGISTRY);
        CII = pinned(REGISTRY, "eu.cen.en16931", "cii", EN16931_VERSION);
        UBL_INVOICE = pinned(REGISTRY, "eu.cen.en16931", "ubl", EN16931_VERSION);
        UBL_CREDIT_NOTE = pinned(REGISTRY, "eu.cen.en16931", "ubl-creditnote", EN16931_VERSION);
        compile(CII);
        compile(UBL_INVOICE);
        compile(UBL_CREDIT_NOTE);
        LOG.info("Official rules: {}", versions());
    }

    private OfficialRules() {}

    /**
     * Returns the rule sets used, one per document kind, such as {@code eu.cen.en16931:cii:1.3.16 (…)}.
     *
     * @return a printable description
     */
    public static String versions() {
        return describe(CII) + "; " + describe(UBL_INVOICE) + "; " + describe(UBL_CREDIT_NOTE);
    }

    /**
     * Validates a document against the XSD and the EN 16931 schematron of its syntax.
     *
     * @param xml the document
     * @param syntax its syntax; a UBL document is checked as an invoice or a credit note by its root element
     * @return the errors and fatal errors, empty when the document passes
     */
    public static List<String> errors(byte[] xml, Syntax syntax) {
        Document document = parse(xml);
        return run(setFor(document, syntax), document, false);
    }

    /**
     * Compiles the XSLT of a rule set into phive's cache now, once: called from the class initialisers, which the
     * JVM runs once and alone, so that concurrent first validations do not each compile it.
     */
    static void compile(IValidationExecutorSet<IValidationSourceXML> set) {
        for (IValidationExecutor<IValidationSourceXML> executor : set.getAllExecutors()) {
            if (executor instanceof IValidationExecutorCacheSupport cached) {
                cached.ensureItemIsInCache();
            }
        }
    }

    /** Returns the rule set of a registry with exactly these coordinates, or fails naming them. */
    static IValidationExecutorSet<IValidationSourceXML> pinned(
            ValidationExecutorSetRegistry<IValidationSourceXML> registry,
            String group,
            String artifact,
            String version) {
        try {
            return Objects.requireNonNull(
                    registry.getOfID(DVRCoordinate.create(group, artifact, version)),
                    () -> "no rule set " + group + ":" + artifact + ":" + version + " in the pinned phive package");
        } catch (DVRVersionException e) {
            throw new IllegalStateException("not a version: " + version, e);
        }
    }

    private static IValidationExecutorSet<IValidationSourceXML> setFor(Document document, Syntax syntax) {
        if (syntax == Syntax.CII) {
            return CII;
        }
        return "CreditNote".equals(document.getDocumentElement().getLocalName()) ? UBL_CREDIT_NOTE : UBL_INVOICE;
    }

    /** Runs a rule set (or only its XSD) on a document: the errors and fatal errors, one line each. */
    static List<String> run(IValidationExecutorSet<IValidationSourceXML> set, Document document, boolean xsdOnly) {
        List<IValidationExecutor<IValidationSourceXML>> executors = new ArrayList<>();
        for (IValidationExecutor<IValidationSourceXML> executor : set.getAllExecutors()) {
            if (!xsdOnly || executor instanceof ValidationExecutorXSD) {
                executors.add(executor);
            }
        }
        ValidationExecutionManager<IValidationSourceXML> manager =
                new ValidationExecutionManager<>(IValidityDeterminator.createDefault(), executors);
        ValidationResultList results = new ValidationResultList(ValidationSourceXML.create("document", document));
        manager.executeValidation(ValidationSourceXML.create("document", document), results, Locale.ENGLISH);
        List<String> errors = new ArrayList<>();
        results.forEachFlattened(
                e -> e.isError(),
                e -> errors.add(
                        "[" + e.getErrorID() + "] " + e.getErrorText(Locale.ENGLISH) + " @ " + e.getErrorFieldName()));
        return errors;
    }

    /** Parses a document without DTDs, namespace aware. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static String describe(IValidationExecutorSet<IValidationSourceXML> set) {
        return set.getID().getAsSingleID() + " (" + set.getDisplayName() + ")";
    }
}
