package org.echeance.einvoice;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A written document read back with the JDK's DOM and XPath, independently of the writers, with the prefixes
 * {@code rsm ram udt qdt} (CII) and {@code inv cn cac cbc} (UBL invoice, credit note).
 */
final class XmlDoc {
    private static final Map<String, String> NS = Map.of(
            "rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
            "ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
            "udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
            "qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
            "inv", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
            "cn", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
            "cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
            "cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");

    private final Document document;
    private final XPath xpath;

    private XmlDoc(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return List.<String>of().iterator();
            }
        });
    }

    static XmlDoc parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new XmlDoc(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    /** Returns the root element's local name. */
    String root() {
        return document.getDocumentElement().getLocalName();
    }

    /** Returns the text of the first node the expression selects, or "" when none. */
    String text(String expression) {
        try {
            return xpath.evaluate(expression, document);
        } catch (XPathExpressionException e) {
            throw new AssertionError("bad XPath " + expression, e);
        }
    }

    /** Returns the number of nodes the expression selects. */
    int count(String expression) {
        return nodes(expression).size();
    }

    /** Returns the texts of all nodes the expression selects. */
    List<String> texts(String expression) {
        List<String> texts = new ArrayList<>();
        for (Node node : nodes(expression)) {
            texts.add(node.getTextContent());
        }
        return texts;
    }

    private List<Node> nodes(String expression) {
        try {
            NodeList list = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                nodes.add(list.item(i));
            }
            return nodes;
        } catch (XPathExpressionException e) {
            throw new AssertionError("bad XPath " + expression, e);
        }
    }
}
