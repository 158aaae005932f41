package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts about FSx for OpenZFS that the validator and the simulator share: the deployment types,
 * the throughput each takes, the storage range, and which types each HyperPod region offers.
 *
 * <p>Sources: the FSx for OpenZFS user guide (deployment types; throughput capacity; "Deployment
 * type availability by AWS Region") and the FSx API's {@code OpenZFSDeploymentType} enum.
 * {@code MULTI_AZ_1}, {@code SINGLE_AZ_1} and {@code SINGLE_AZ_HA_1} are offered in every HyperPod
 * region; the second-generation {@code SINGLE_AZ_2} and {@code SINGLE_AZ_HA_2} are not offered in
 * about 20 regions (awslabs/awsome-distributed-ai PR #1102). Which of the 16 HyperPod regions lack
 * them is not confirmed by a primary source (U): the regions listed in {@link #SECOND_GENERATION}
 * are an assumption a user can override by adopting a file system ({@code openZfs.id}).
 */
public final class OpenZfsCatalog {
  private OpenZfsCatalog() {}

  public static final String MULTI_AZ_1 = "MULTI_AZ_1";

  private static final List<Integer> FIRST_GENERATION_THROUGHPUT =
      List.of(64, 128, 256, 512, 1024, 2048, 3072, 4096);
  private static final List<Integer> SECOND_GENERATION_THROUGHPUT =
      List.of(160, 320, 640, 1280, 2560, 3840, 5120, 7680, 10240);

  /** Deployment type -> the ThroughputCapacity values (MB/s) it takes, in the enum's order. */
  public static final Map<String, List<Integer>> THROUGHPUTS =
      Map.of(
          "SINGLE_AZ_1", FIRST_GENERATION_THROUGHPUT,
          "SINGLE_AZ_2", SECOND_GENERATION_THROUGHPUT,
          "SINGLE_AZ_HA_1", FIRST_GENERATION_THROUGHPUT,
          "SINGLE_AZ_HA_2", SECOND_GENERATION_THROUGHPUT,
          MULTI_AZ_1, SECOND_GENERATION_THROUGHPUT);

  /** The enum's values, in FSx's order. */
  public static final List<String> DEPLOYMENT_TYPES =
      List.of("SINGLE_AZ_1", "SINGLE_AZ_2", "SINGLE_AZ_HA_1", "SINGLE_AZ_HA_2", MULTI_AZ_1);

  public static final int MIN_STORAGE_GIB = 64;
  public static final int MAX_STORAGE_GIB = 524288;

  /** HyperPod regions that offer SINGLE_AZ_2 and SINGLE_AZ_HA_2 (U, see the class comment). */
  private static final Set<String> SECOND_GENERATION =
      Set.of(
          "us-east-1", "us-east-2", "us-west-2", "eu-central-1", "eu-west-1", "eu-west-2",
          "eu-north-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1");

  /** Whether the region offers the deployment type (every type outside the 16 regions: unknown, yes). */
  public static boolean offered(String region, String deploymentType) {
    boolean secondGenerationSingleAz =
        deploymentType.equals("SINGLE_AZ_2") || deploymentType.equals("SINGLE_AZ_HA_2");
    return !secondGenerationSingleAz
        || SECOND_GENERATION.contains(region)
        || !HyperPodCatalog.isRegion(region);
  }

  /** The deployment types the region offers, in the enum's order. */
  public static List<String> offeredIn(String region) {
    return DEPLOYMENT_TYPES.stream().filter(t -> offered(region, t)).toList();
  }

  /** Whether the type spreads the file system over two subnets in two AZs. */
  public static boolean multiAz(String deploymentType) {
    return MULTI_AZ_1.equals(deploymentType);
  }
}
