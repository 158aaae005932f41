package io.hyperpod.prereqs.internal.spec;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Facts about where and on what HyperPod runs: its regions, the AZ-id prefix of each region, and
 * the instance types of the SageMaker API enum {@code ClusterInstanceType}. One place for the
 * validator, the quota checks and the simulator.
 *
 * <p>Sources: the "AWS Regions supported by SageMaker HyperPod" list (16 regions) and the
 * {@code ClusterInstanceType} enum of the SageMaker API model (reference/hyperpod-facts.md §6).
 * Both grow over time; whether every enum value works with Slurm is not confirmed.
 */
public final class HyperPodCatalog {
  private HyperPodCatalog() {}

  /** Region -> the prefix of its AZ ids ({@code us-west-2} -> {@code usw2}, as in usw2-az2). */
  private static final Map<String, String> AZ_ID_PREFIXES = azIdPrefixes();

  /** The regions where HyperPod runs, in the order AWS lists them. */
  public static final List<String> REGIONS = List.copyOf(AZ_ID_PREFIXES.keySet());

  /** Every value of {@code ClusterInstanceType}, with the {@code ml.} prefix. */
  public static final Set<String> INSTANCE_TYPES = instanceTypes();

  public static boolean isRegion(String region) {
    return AZ_ID_PREFIXES.containsKey(region);
  }

  public static boolean isInstanceType(String instanceType) {
    return INSTANCE_TYPES.contains(instanceType);
  }

  /**
   * The instance type probably meant by a name that is not one: the name with the {@code ml.}
   * prefix it lacks, or the nearest type within three edits ({@code ml.p5.48xlage}).
   */
  public static Optional<String> closestInstanceType(String name) {
    if (isInstanceType("ml." + name)) {
      return Optional.of("ml." + name);
    }
    return NameSuggester.closest(name, INSTANCE_TYPES, 3);
  }

  /** The AZ-id prefix of a HyperPod region: {@code usw2} for {@code us-west-2}. */
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

  private static Set<String> instanceTypes() {
    Set<String> all = new LinkedHashSet<>();
    // GPU P family and Trainium
    add(all, "p4d", "24xlarge");
    add(all, "p4de", "24xlarge");
    add(all, "p5", "48xlarge", "4xlarge");
    add(all, "p5e", "48xlarge");
    add(all, "p5en", "48xlarge");
    add(all, "p6-b200", "48xlarge");
    add(all, "p6-b300", "48xlarge");
    add(all, "p6e-gb200", "36xlarge");
    add(all, "trn1", "32xlarge");
    add(all, "trn1n", "32xlarge");
    add(all, "trn2", "3xlarge", "48xlarge");
    // GPU G family
    String[] g = {"xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"};
    add(all, "g5", g);
    add(all, "g6", g);
    add(all, "g6e", g);
    add(all, "gr6", "4xlarge", "8xlarge");
    String[] g7 = {"2xlarge", "4xlarge", "8xlarge", "12xlarge", "24xlarge", "48xlarge"};
    add(all, "g7", g7);
    add(all, "g7e", g7);
    add(all, "g4dn", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge");
    // CPU, Intel
    add(all, "c5", "large", "xlarge", "2xlarge", "4xlarge", "9xlarge", "12xlarge", "18xlarge", "24xlarge");
    add(all, "c5n", "large", "2xlarge", "4xlarge", "9xlarge", "18xlarge");
    add(all, "m5", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge");
    add(all, "t3", "medium", "large", "xlarge", "2xlarge");
    String[] to32 = {"large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge"};
    add(all, "c6i", to32);
    add(all, "m6i", to32);
    add(all, "r6i", to32);
    add(all, "i3en", "large", "xlarge", "2xlarge", "3xlarge", "6xlarge", "12xlarge", "24xlarge");
    String[] to48 = {"large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"};
    add(all, "m7i", to48);
    add(all, "r7i", to48);
    add(all, "r5d", "16xlarge");
    // CPU, Graviton and AMD
    String[] graviton = {"medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"};
    add(all, "c6g", graviton);
    add(all, "c7g", graviton);
    add(all, "m6g", graviton);
    add(all, "m7g", graviton);
    String[] graviton4 = Stream.concat(Arrays.stream(graviton), Stream.of("24xlarge", "48xlarge")).toArray(String[]::new);
    add(all, "c8g", graviton4);
    add(all, "m8g", graviton4);
    String[] amd = {"large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge"};
    add(all, "c6a", amd);
    add(all, "m6a", amd);
    return Collections.unmodifiableSet(all);
  }

  private static void add(Set<String> all, String family, String... sizes) {
    for (String size : sizes) {
      all.add("ml." + family + "." + size);
    }
  }
}
