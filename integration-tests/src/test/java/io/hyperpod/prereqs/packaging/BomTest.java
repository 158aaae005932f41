package io.hyperpod.prereqs.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The BOM lists exactly the published artifacts, each at the project's version. */
class BomTest {
  private static final Pom ROOT = Pom.root();
  private static final Pom BOM = Pom.read(Pom.ROOT.resolve("bom"));

  @Test
  void bom_isAModuleOfTheBuild_atTheProjectVersion_withoutAParent() {
    assertThat(ROOT.modules()).contains("bom");
    assertThat(BOM.artifactId()).isEqualTo("hyperpod-prereqs-bom");
    assertThat(BOM.packaging()).isEqualTo("pom");
    assertThat(BOM.version()).isEqualTo(ROOT.version());
    assertThat(BOM.property("hyperpod-prereqs.version")).contains(ROOT.version());
  }

  @Test
  void bom_managesEveryPublishedArtifact_andNothingElse() {
    List<String> published =
        ROOT.modules().stream()
            .map(module -> Pom.read(Pom.ROOT.resolve(module)))
            .filter(pom -> pom.published() && !pom.packaging().equals("pom"))
            .map(pom -> pom.artifactId() + ":${hyperpod-prereqs.version}")
            .collect(Collectors.toList());

    assertThat(published).contains("hyperpod-prereqs-api:${hyperpod-prereqs.version}");
    assertThat(BOM.managedDependencies()).containsExactlyInAnyOrderElementsOf(published);
  }
}
