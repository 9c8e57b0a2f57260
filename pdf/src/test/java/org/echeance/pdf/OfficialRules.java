package org.echeance.pdf;

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
import org.echeance.einvoice.ValidationArtefacts;
import org.w3c.dom.Document;

/**
 * The official EN 16931 validation artefacts for CII (the D16B XSD, then the EN 16931 schematron compiled to XSLT),
 * packaged by phive-rules-en16931 at the version the e-invoice module pins ({@link
 * ValidationArtefacts#en16931Version()}): the CII part of the e-invoice module's test harness of the same name. No
 * package has the Factur-X profile schematrons: MINIMUM and BASIC WL documents, which are not EN 16931 invoices, are
 * checked against the XSD only. The rule set is compiled once per JVM, in this class's initialiser.
 */
final class OfficialRules {
    private static final IValidationExecutorSet<IValidationSourceXML> CII;

    static {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        EN16931Validation.initEN16931(registry);
        try {
            CII = Objects.requireNonNull(
                    registry.getOfID(
                            DVRCoordinate.create("eu.cen.en16931", "cii", ValidationArtefacts.en16931Version())),
                    "no CII rule set " + ValidationArtefacts.en16931Version() + " in the phive package");
        } catch (DVRVersionException e) {
            throw new IllegalStateException(e);
        }
        for (IValidationExecutor<IValidationSourceXML> executor : CII.getAllExecutors()) {
            if (executor instanceof IValidationExecutorCacheSupport cached) {
                cached.ensureItemIsInCache();
            }
        }
    }

    private OfficialRules() {}

    /** The XSD and schematron errors of a CII document, one line each; empty when it passes. */
    static List<String> errors(byte[] xml) {
        return run(parse(xml), false);
    }

    /** The XSD errors of a CII document; empty when it is valid. */
    static List<String> xsdErrors(byte[] xml) {
        return run(parse(xml), true);
    }

    private static List<String> run(Document document, boolean xsdOnly) {
        List<IValidationExecutor<IValidationSourceXML>> executors = new ArrayList<>();
        for (IValidationExecutor<IValidationSourceXML> executor : CII.getAllExecutors()) {
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
}
