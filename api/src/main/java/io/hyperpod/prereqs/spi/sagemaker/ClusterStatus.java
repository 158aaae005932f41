package io.hyperpod.prereqs.spi.sagemaker;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A HyperPod cluster's status, SageMaker's {@code ClusterStatus}, in the AWS SDK for Java v2's
 * style: {@link #toString()} is SageMaker's word ({@code InService}), {@link #fromValue(String)}
 * reads one, and a word this version does not know is {@link #UNKNOWN_TO_SDK_VERSION} (the word
 * itself stays in {@link Cluster#clusterStatusAsString()}).
 */
public enum ClusterStatus {
  /** {@code Creating}: CreateCluster was accepted; the nodes are being set up. */
  CREATING("Creating"),
  /** {@code Deleting}: DeleteCluster was accepted; the cluster goes away. */
  DELETING("Deleting"),
  /** {@code Failed}: creation failed ({@link Cluster#failureMessage()} says why). */
  FAILED("Failed"),
  /** {@code InService}: the cluster runs. */
  IN_SERVICE("InService"),
  /** {@code RollingBack}: an update failed and is being undone. */
  ROLLING_BACK("RollingBack"),
  /** {@code SystemUpdating}: SageMaker updates the cluster's software. */
  SYSTEM_UPDATING("SystemUpdating"),
  /** {@code Updating}: an UpdateCluster is in progress. */
  UPDATING("Updating"),
  /** A status SageMaker answered that this version does not know. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, ClusterStatus> BY_VALUE =
      Arrays.stream(values())
          .filter(s -> s.value != null)
          .collect(Collectors.toUnmodifiableMap(s -> s.value, Function.identity()));

  private final String value;

  ClusterStatus(String value) {
    this.value = value;
  }

  /**
   * The status of SageMaker's word for it.
   *
   * @param value a word such as {@code InService}; may be null
   * @return its status; {@link #UNKNOWN_TO_SDK_VERSION} for another word, null for null
   */
  public static ClusterStatus fromValue(String value) {
    if (value == null) {
      return null;
    }
    return BY_VALUE.getOrDefault(value, UNKNOWN_TO_SDK_VERSION);
  }

  /**
   * Every status but {@link #UNKNOWN_TO_SDK_VERSION}.
   *
   * @return the known statuses
   */
  public static Set<ClusterStatus> knownValues() {
    Set<ClusterStatus> known = EnumSet.allOf(ClusterStatus.class);
    known.remove(UNKNOWN_TO_SDK_VERSION);
    return known;
  }

  /** {@return SageMaker's word for the status, e.g. {@code InService}; null for the unknown one} */
  @Override
  public String toString() {
    return value;
  }
}
