package io.hyperpod.prereqs.packaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** One of the project's pom.xml files, read as XML (only what the packaging tests ask). */
final class Pom {
  /** The repository's root, seen from the integration-tests module. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  final Path dir;
  private final Element project;

  private Pom(Path dir, Element project) {
    this.dir = dir;
    this.project = project;
  }

  static Pom read(Path dir) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(dir.resolve("pom.xml").toFile());
      return new Pom(dir, document.getDocumentElement());
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("cannot read " + dir.resolve("pom.xml") + ": " + e, e);
    }
  }

  static Pom root() {
    return read(ROOT);
  }

  String artifactId() {
    return text(project, "artifactId").orElseThrow();
  }

  /** The version, or the parent's when the pom inherits it. */
  String version() {
    return text(project, "version")
        .or(() -> child(project, "parent").flatMap(parent -> text(parent, "version")))
        .orElseThrow();
  }

  String packaging() {
    return text(project, "packaging").orElse("jar");
  }

  Optional<String> property(String name) {
    return child(project, "properties").flatMap(properties -> text(properties, name));
  }

  /** Published: installed and deployed (examples, tests and benchmarks skip both). */
  boolean published() {
    return !property("maven.deploy.skip").orElse("false").equals("true");
  }

  List<String> modules() {
    return child(project, "modules").map(modules -> texts(modules, "module")).orElse(List.of());
  }

  /** The dependencies of {@code <dependencyManagement>}, as artifactId:version (unresolved). */
  List<String> managedDependencies() {
    List<String> managed = new ArrayList<>();
    child(project, "dependencyManagement")
        .flatMap(management -> child(management, "dependencies"))
        .ifPresent(
            dependencies -> {
              for (Element dependency : children(dependencies, "dependency")) {
                managed.add(
                    text(dependency, "artifactId").orElseThrow()
                        + ":"
                        + text(dependency, "version").orElse(""));
              }
            });
    return managed;
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        found.add((Element) node);
      }
    }
    return found;
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(element -> element.getTextContent().trim());
  }

  private static List<String> texts(Element parent, String name) {
    List<String> all = new ArrayList<>();
    for (Element element : children(parent, name)) {
      all.add(element.getTextContent().trim());
    }
    return all;
  }
}
