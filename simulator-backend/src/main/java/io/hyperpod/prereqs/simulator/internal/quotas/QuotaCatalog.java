package io.hyperpod.prereqs.simulator.internal.quotas;

import io.hyperpod.prereqs.internal.quotas.HyperPodQuotaNames;
import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The quotas the simulator knows: SageMaker's cluster quotas, one {@code ml.<type> for cluster
 * usage} quota per HyperPod instance type, and the per-cluster, total and EBS-size quotas; and the
 * VPC and EC2 quotas a cluster's network meets ({@link #NETWORK}: AWS's names, codes and
 * defaults). Codes are the ones
 * seen in real accounts where known (facts §5.2), otherwise {@code L-} and eight hex digits drawn
 * from the name, so they are stable across runs.
 *
 * <p>Defaults (AWS publishes none): 0 for the large accelerated types (every P and Trainium type,
 * and G types of 12xlarge and up), 4 for smaller G types, 10 for the CPU types; 20 instances per
 * cluster, 30 across clusters, 1024 GB of EBS. Every quota is adjustable.
 */
final class QuotaCatalog {
  static final double CPU_DEFAULT = 10;
  static final double SMALL_GPU_DEFAULT = 4;
  static final double PER_CLUSTER_DEFAULT = 20;
  static final double TOTAL_DEFAULT = 30;
  static final double EBS_DEFAULT = 1024;

  static final String SAGEMAKER = HyperPodQuotaNames.SAGEMAKER;

  private static final Map<String, String> KNOWN_CODES = knownCodes();

  /**
   * The network quotas, with AWS's codes and defaults: the {@code vpc} ones as moto 5.2.1's
   * servicequotas/resources/default_quotas/vpc.py lists them (taken from AWS), the Elastic IP one
   * as public quota checkers request it ({@code --service-code ec2 --quota-code L-0263D0A3};
   * default 5, EC2's Elastic IP documentation). All adjustable.
   */
  static final List<QuotaRecord> NETWORK = List.of(
      new QuotaRecord(HyperPodQuotaNames.VPC, "L-DF5E4CA3", HyperPodQuotaNames.NETWORK_INTERFACES,
          5000, true),
      new QuotaRecord(HyperPodQuotaNames.VPC, "L-F678F1CE", HyperPodQuotaNames.VPCS, 5, true),
      new QuotaRecord(HyperPodQuotaNames.VPC, "L-A4707A72", HyperPodQuotaNames.INTERNET_GATEWAYS,
          5, true),
      new QuotaRecord(HyperPodQuotaNames.EC2, "L-0263D0A3", HyperPodQuotaNames.ELASTIC_IPS, 5,
          true));

  /** How many quotas the catalog has. */
  static final int SIZE = quotas().size();

  private QuotaCatalog() {}

  /** Every quota with its built-in default, adjustable; codes unique. */
  static List<QuotaRecord> quotas() {
    List<QuotaRecord> out = new ArrayList<>();
    Set<String> codes = new HashSet<>(KNOWN_CODES.values());
    NETWORK.forEach(q -> codes.add(q.code));
    out.add(record(HyperPodQuotaNames.PER_CLUSTER, PER_CLUSTER_DEFAULT, codes));
    out.add(record(HyperPodQuotaNames.TOTAL, TOTAL_DEFAULT, codes));
    out.add(record(HyperPodQuotaNames.EBS_VOLUME_SIZE, EBS_DEFAULT, codes));
    for (String type : HyperPodCatalog.INSTANCE_TYPES) {
      out.add(record(HyperPodQuotaNames.clusterUsage(type), defaultFor(type), codes));
    }
    for (QuotaRecord q : NETWORK) {
      out.add(new QuotaRecord(q.service, q.code, q.name, q.defaultValue, q.adjustable));
    }
    return out;
  }

  /** The built-in default of an instance type's cluster-usage quota. */
  static double defaultFor(String instanceType) {
    String[] parts = instanceType.split("\\.");
    String family = parts[1];
    String size = parts[2];
    if (family.startsWith("p") || family.startsWith("trn")) {
      return 0;
    }
    if (family.startsWith("g")) {
      return multiplier(size) >= 12 ? 0 : SMALL_GPU_DEFAULT;
    }
    return CPU_DEFAULT;
  }

  private static int multiplier(String size) {
    String digits = size.toLowerCase(Locale.ROOT).replaceAll("xlarge$", "");
    return digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
        ? 1
        : Integer.parseInt(digits);
  }

  private static QuotaRecord record(String name, double defaultValue, Set<String> taken) {
    String code = KNOWN_CODES.get(name);
    if (code == null) {
      code = generatedCode(name, taken);
      taken.add(code);
    }
    return new QuotaRecord(SAGEMAKER, code, name, defaultValue, true);
  }

  private static String generatedCode(String name, Set<String> taken) {
    for (int attempt = 0; ; attempt++) {
      String code = "L-" + sha256Hex(name + "#" + attempt).substring(0, 8).toUpperCase(Locale.ROOT);
      if (!taken.contains(code)) {
        return code;
      }
    }
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static Map<String, String> knownCodes() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(HyperPodQuotaNames.PER_CLUSTER, "L-2CE978FC");
    m.put(HyperPodQuotaNames.TOTAL, "L-3308CCC7");
    m.put(HyperPodQuotaNames.EBS_VOLUME_SIZE, "L-E13DF72A");
    String table =
        """
        ml.p4d.24xlarge L-47E0BC8F
        ml.p4de.24xlarge L-BEF3120E
        ml.p5.48xlarge L-8762A75F
        ml.p5e.48xlarge L-FD431820
        ml.p5en.48xlarge L-6EF3AE05
        ml.g6e.48xlarge L-177AF1AD
        ml.g5.xlarge L-4645950E
        ml.g5.2xlarge L-596C3331
        ml.g5.8xlarge L-1619F5B7
        ml.g5.12xlarge L-24E5A1B2
        ml.c5.2xlarge L-539D704C
        ml.c5.4xlarge L-3A6AD204
        ml.c5.12xlarge L-15BCD638
        ml.c5.24xlarge L-40F00B06
        ml.c5n.large L-551F1065
        ml.c5n.2xlarge L-7064D1BA
        ml.c5n.9xlarge L-1B687CD5
        ml.m5.2xlarge L-60995545
        ml.m5.4xlarge L-24520F3F
        ml.m5.8xlarge L-5C47EA70
        ml.m5.16xlarge L-048C491E
        """;
    table
        .lines()
        .map(l -> l.strip().split(" "))
        .forEach(f -> m.put(HyperPodQuotaNames.clusterUsage(f[0]), f[1]));
    return m;
  }
}
