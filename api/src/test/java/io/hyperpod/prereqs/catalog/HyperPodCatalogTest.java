package io.hyperpod.prereqs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalog holds SageMaker's ClusterInstanceType enum and HyperPod's 16 regions. */
class HyperPodCatalogTest {
  @Test
  void instanceTypes_clusterInstanceTypeEnum_hasAll207Values() {
    assertThat(HyperPodCatalog.INSTANCE_TYPES)
        .hasSize(207)
        .allSatisfy(t -> assertThat(t).matches("ml\\.[a-z0-9-]+\\.[0-9]*(medium|large|xlarge)"))
        .contains(
            "ml.p5.48xlarge",
            "ml.p5.4xlarge",
            "ml.p6-b300.48xlarge",
            "ml.trn2.3xlarge",
            "ml.g7.2xlarge",
            "ml.c6a.48xlarge",
            "ml.m8g.medium",
            "ml.r5d.16xlarge")
        .doesNotContain("ml.c5n.xlarge", "ml.g7e.xlarge", "ml.p3.16xlarge");
  }

  @Test
  void regions_hyperPodRegions_eachHaveAnAzIdPrefix() {
    assertThat(HyperPodCatalog.REGIONS).hasSize(16).doesNotHaveDuplicates();
    assertThat(HyperPodCatalog.REGIONS)
        .allSatisfy(r -> assertThat(HyperPodCatalog.azIdPrefix(r)).isPresent());
    assertThat(HyperPodCatalog.azIdPrefix("us-west-2")).contains("usw2");
    assertThat(HyperPodCatalog.azIdPrefix("ap-southeast-4")).contains("apse4");
    assertThat(HyperPodCatalog.azIdPrefix("eu-west-3")).isEmpty();
  }

  @Test
  void closestInstanceType_nameWithoutPrefixOrMisspelt_findsTheType() {
    assertThat(HyperPodCatalog.closestInstanceType("p5.48xlarge")).contains("ml.p5.48xlarge");
    assertThat(HyperPodCatalog.closestInstanceType("ml.g5.8xlage")).contains("ml.g5.8xlarge");
    assertThat(HyperPodCatalog.closestInstanceType("m1.small")).isEmpty();
  }
}
