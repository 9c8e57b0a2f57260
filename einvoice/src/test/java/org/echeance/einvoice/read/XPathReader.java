package org.echeance.einvoice.read;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads values of a document with DOM and XPath, independently of the reader under test, to check what it read.
 */
final class XPathReader {
    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    XPathReader(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            this.document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("cannot parse", e);
        }
    }

    /** Returns the text of the first node an expression selects, or "" when none. */
    String text(String expression) {
        try {
            return ((String) xpath.evaluate(expression, document, XPathConstants.STRING)).strip();
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    BigDecimal decimal(String expression) {
        return new BigDecimal(text(expression));
    }

    /** Returns the texts of every node an expression selects. */
    List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> result = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Node node = nodes.item(i);
                result.add(node.getTextContent().strip());
            }
            return result;
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    /** Returns an expression selecting elements by local names, one step each, from anywhere. */
    static String path(String... names) {
        StringBuilder s = new StringBuilder("/");
        for (String name : names) {
            s.append("/*[local-name()='").append(name).append("']");
        }
        return s.toString();
    }
}
