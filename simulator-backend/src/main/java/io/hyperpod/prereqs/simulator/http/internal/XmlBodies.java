package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.spi.CloudException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reading XML request bodies (S3's CreateBucketConfiguration, Tagging, Delete): safe DOM. */
final class XmlBodies {
  private XmlBodies() {}

  /** The document's root; {@code malformed} when the body is not well-formed XML. */
  static Element root(byte[] body, Supplier<CloudException> malformed) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
    } catch (SAXException | IOException e) {
      throw malformed.get();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JVM's XML parser cannot be configured safely", e);
    }
  }

  /** The direct children of {@code parent} with this local name. */
  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && name.equals(localName(node))) {
        found.add((Element) node);
      }
    }
    return found;
  }

  /** The text of the first child with this name, or null. */
  static String childText(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  static String localName(Node node) {
    return node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
  }
}
