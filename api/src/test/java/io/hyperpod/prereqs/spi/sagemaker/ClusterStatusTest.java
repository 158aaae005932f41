package io.hyperpod.prereqs.spi.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** SageMaker's ClusterStatus words, read and written as the AWS SDK for Java v2 does. */
class ClusterStatusTest {
  @Test
  void fromValue_everyKnownWord_roundTrips() {
    assertThat(ClusterStatus.knownValues())
        .hasSize(7)
        .allSatisfy(s -> assertThat(ClusterStatus.fromValue(s.toString())).isEqualTo(s));
    assertThat(ClusterStatus.knownValues()).extracting(ClusterStatus::toString)
        .containsExactlyInAnyOrder("Creating", "Deleting", "Failed", "InService", "RollingBack",
            "SystemUpdating", "Updating");
  }

  @Test
  void fromValue_anotherWord_isUnknownToSdkVersion_andNullStaysNull() {
    assertThat(ClusterStatus.fromValue("Hibernating")).isEqualTo(ClusterStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(ClusterStatus.fromValue("inservice")).isEqualTo(ClusterStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(ClusterStatus.fromValue(null)).isNull();
    assertThat(ClusterStatus.knownValues()).doesNotContain(ClusterStatus.UNKNOWN_TO_SDK_VERSION);
  }

  @Test
  void cluster_keepsTheWordItWasGiven_andTypesIt() {
    Cluster unknown = cluster("Hibernating");

    assertThat(unknown.clusterStatusAsString()).isEqualTo("Hibernating");
    assertThat(unknown.clusterStatus()).isEqualTo(ClusterStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(cluster("InService").clusterStatus()).isEqualTo(ClusterStatus.IN_SERVICE);
  }

  private static Cluster cluster(String status) {
    return Cluster.builder()
        .clusterName("ml")
        .clusterArn("arn:aws:sagemaker:us-west-2:123456789012:cluster/abcdef123456")
        .clusterStatusAsString(status)
        .creationTime(Instant.parse("2025-01-01T00:00:00Z"))
        .build();
  }
}
