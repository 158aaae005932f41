package io.hyperpod.prereqs.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone stands on its own: the README, docs/ and the shipped sources (their javadoc and
 * messages) cite no design document outside the repository.
 */
class SelfContainedDocsTest {
  static final List<String> OUTSIDE = List.of("../shared", "DESIGN.md", "DESIGN §");

  @Test
  void readmeDocsAndShippedSources_citeNothingOutsideTheRepository() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Pom.ROOT.resolve("README.md")));
    files.addAll(walk(Pom.ROOT.resolve("docs"), ".md"));
    for (String module : Pom.root().modules()) {
      files.addAll(walk(Pom.ROOT.resolve(module).resolve("src/main"), ""));
    }
    assertThat(files).hasSizeGreaterThan(100);

    List<String> citations = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        for (String outside : OUTSIDE) {
          if (lines.get(i).contains(outside)) {
            citations.add(Pom.ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(citations).isEmpty();
  }

  private static List<Path> walk(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(suffix))
          .filter(f -> !isBinary(f))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBinary(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".gz") || name.endsWith(".jar") || name.endsWith(".png");
  }
}
