package io.hyperpod.prereqs.catalog;

import io.hyperpod.prereqs.internal.spec.NameSuggester;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts about where and on what HyperPod runs: its regions, the AZ-id prefix of each region, and
 * the instance types of the SageMaker API enum {@code ClusterInstanceType}. One place for the
 * validator, the quota checks and the simulator.
 *
 * <p>Sources: the "AWS Regions supported by SageMaker HyperPod" list (16 regions) and the {@code
 * ClusterInstanceType} enum of the SageMaker API model. Both grow over time; whether every enum
 * value works with Slurm is not confirmed.
 *
 * <pre>{@code
 * HyperPodCatalog.isRegion("us-west-2");                      // true
 * HyperPodCatalog.closestInstanceType("p5.48xlarge");         // Optional[ml.p5.48xlarge]
 * }</pre>
 */
public final class HyperPodCatalog {
  private HyperPodCatalog() {}

  /** Region -> the prefix of its AZ ids ({@code us-west-2} -> {@code usw2}, as in usw2-az2). */
  private static final Map<String, String> AZ_ID_PREFIXES = azIdPrefixes();

  /** The regions where HyperPod runs, in the order AWS lists them. */
  public static final List<String> REGIONS = List.copyOf(AZ_ID_PREFIXES.keySet());

  /** Every value of {@code ClusterInstanceType}, with the {@code ml.} prefix. */
  public static final Set<String> INSTANCE_TYPES = instanceTypes();

  /** Instance type families with EFA (the ones HyperPod runs EFA health checks on). */
  private static final List<String> EFA_FAMILIES =
      List.of("ml.p4d.", "ml.p4de.", "ml.p5.", "ml.p5e.", "ml.p5en.", "ml.p6", "ml.trn1.",
          "ml.trn1n.", "ml.trn2.", "ml.g5.48xlarge", "ml.g6.48xlarge", "ml.g6e.48xlarge");

  /**
   * Whether the instance type has EFA network interfaces.
   *
   * @param instanceType an instance type with its {@code ml.} prefix, e.g. {@code ml.p5.48xlarge}
   * @return whether it has EFA
   */
  public static boolean efa(String instanceType) {
    return EFA_FAMILIES.stream().anyMatch(instanceType::startsWith);
  }

  /**
   * Whether HyperPod runs in the region ({@link #REGIONS}).
   *
   * @param region a region name, e.g. {@code us-west-2}
   * @return whether HyperPod runs there
   */
  public static boolean isRegion(String region) {
    return AZ_ID_PREFIXES.containsKey(region);
  }

  /**
   * Whether the name, with its {@code ml.} prefix, is one of {@link #INSTANCE_TYPES}.
   *
   * @param instanceType a name such as {@code ml.p5.48xlarge}
   * @return whether HyperPod offers it
   */
  public static boolean isInstanceType(String instanceType) {
    return INSTANCE_TYPES.contains(instanceType);
  }

  /**
   * The instance type probably meant by a name that is not one: the name with the {@code ml.}
   * prefix it lacks, or the nearest type within three edits ({@code ml.p5.48xlage}).
   *
   * @param name the name as written
   * @return the type meant, or empty when none is close
   */
  public static Optional<String> closestInstanceType(String name) {
    if (isInstanceType("ml." + name)) {
      return Optional.of("ml." + name);
    }
    return NameSuggester.closest(name, INSTANCE_TYPES, 3);
  }

  /**
   * The AZ-id prefix of a HyperPod region: {@code usw2} for {@code us-west-2}.
   *
   * @param region a region name, e.g. {@code us-west-2}
   * @return the prefix, or empty for a region without HyperPod
   */
  public static Optional<String> azIdPrefix(String region) {
    return Optional.ofNullable(AZ_ID_PREFIXES.get(region));
  }

  private static Map<String, String> azIdPrefixes() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("us-east-1", "use1");
    m.put("us-east-2", "use2");
    m.put("us-west-1", "usw1");
    m.put("us-west-2", "usw2");
    m.put("eu-central-1", "euc1");
    m.put("eu-north-1", "eun1");
    m.put("eu-west-1", "euw1");
    m.put("eu-west-2", "euw2");
    m.put("eu-south-2", "eus2");
    m.put("ap-south-1", "aps1");
    m.put("ap-southeast-1", "apse1");
    m.put("ap-southeast-2", "apse2");
    m.put("ap-southeast-3", "apse3");
    m.put("ap-southeast-4", "apse4");
    m.put("ap-northeast-1", "apne1");
    m.put("sa-east-1", "sae1");
    return Collections.unmodifiableMap(m);
  }

  /**
   * {@code ClusterInstanceType}, one family a line: the family, then its sizes (the enum has 207
   * values; note there is no {@code ml.c5n.xlarge}).
   */
  private static final String INSTANCE_TYPE_TABLE =
      """
      p4d 24xlarge
      p4de 24xlarge
      p5 48xlarge 4xlarge
      p5e 48xlarge
      p5en 48xlarge
      p6-b200 48xlarge
      p6-b300 48xlarge
      p6e-gb200 36xlarge
      trn1 32xlarge
      trn1n 32xlarge
      trn2 3xlarge 48xlarge
      g4dn xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge
      g5 xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge
      g6 xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge
      g6e xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge
      gr6 4xlarge 8xlarge
      g7 2xlarge 4xlarge 8xlarge 12xlarge 24xlarge 48xlarge
      g7e 2xlarge 4xlarge 8xlarge 12xlarge 24xlarge 48xlarge
      c5 large xlarge 2xlarge 4xlarge 9xlarge 12xlarge 18xlarge 24xlarge
      c5n large 2xlarge 4xlarge 9xlarge 18xlarge
      m5 large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge
      t3 medium large xlarge 2xlarge
      c6i large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge
      m6i large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge
      r6i large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge
      i3en large xlarge 2xlarge 3xlarge 6xlarge 12xlarge 24xlarge
      m7i large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge
      r7i large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge
      r5d 16xlarge
      c6g medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge
      c7g medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge
      m6g medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge
      m7g medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge
      c8g medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge
      m8g medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge
      c6a large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge 48xlarge
      m6a large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge 48xlarge
      """;

  private static Set<String> instanceTypes() {
    Set<String> all = new LinkedHashSet<>();
    INSTANCE_TYPE_TABLE
        .lines()
        .map(line -> line.strip().split(" "))
        .forEach(
            family -> {
              for (int i = 1; i < family.length; i++) {
                all.add("ml." + family[0] + "." + family[i]);
              }
            });
    return Collections.unmodifiableSet(all);
  }
}
