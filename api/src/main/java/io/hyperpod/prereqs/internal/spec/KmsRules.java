package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.ClusterSettings;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.InstanceGroupKms;
import io.hyperpod.prereqs.spec.KmsVolume;
import io.hyperpod.prereqs.spec.NodeProvisioningMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on the instance groups' KMS keys ({@code instanceGroups[].kms}, docs/kms.md): a key id,
 * key ARN, alias or alias ARN of the spec's region and account, or a key to create with a
 * deletion window KMS takes; the volumes it encrypts exist; {@code NodeProvisioningMode:
 * Continuous}, without which HyperPod refuses customer managed keys.
 */
final class KmsRules {
  /** ScheduleKeyDeletion's {@code PendingWindowInDays}: 7 to 30. */
  static final int MIN_DELETION_WINDOW = 7;
  static final int MAX_DELETION_WINDOW = 30;
  private static final String KEY = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
      + "-[0-9a-fA-F]{12}|mrk-[0-9a-fA-F]{32})";
  private static final Pattern KEY_ID = Pattern.compile(KEY);
  private static final Pattern ALIAS = Pattern.compile("alias/[a-zA-Z0-9/_-]{1,250}");
  private static final Pattern ARN =
      Pattern.compile("arn:(aws|aws-cn|aws-us-gov):kms:([^:]*):([^:]*):(key|alias)/(.*)");
  private static final String EXAMPLE = "{create: {}} or {keyId: alias/my-hyperpod-key}";

  private KmsRules() {}

  static void check(HyperPodPrerequisites spec, Problems out) {
    List<InstanceGroup> groups = spec.instanceGroups();
    boolean any = false;
    for (int i = 0; i < groups.size(); i++) {
      InstanceGroup g = groups.get(i);
      if (g.kms().isPresent()) {
        any = true;
        check(g, g.kms().get(), SpecPath.child(SpecPath.index("instanceGroups", i), "kms"), spec,
            out);
      }
    }
    Optional<NodeProvisioningMode> mode =
        spec.cluster().flatMap(ClusterSettings::nodeProvisioningMode);
    if (any && mode.isEmpty()) {
      out.add("cluster.nodeProvisioningMode", null,
          "is not set, but instance groups have kms keys: HyperPod takes customer managed keys for"
              + " the EBS volumes only with NodeProvisioningMode Continuous",
          "set cluster.nodeProvisioningMode: Continuous, or remove instanceGroups[].kms.");
    }
  }

  private static void check(InstanceGroup group, InstanceGroupKms kms, String at,
      HyperPodPrerequisites spec, Problems out) {
    if (NameRules.exactlyOne(out, at, kms.keyId(), "keyId", kms.create(), "create", EXAMPLE)) {
      kms.keyId().ifPresent(id -> keyId(id, SpecPath.child(at, "keyId"), spec, out));
      kms.create().ifPresent(c -> {
        int days = c.deletionWindowDays();
        if (days < MIN_DELETION_WINDOW || days > MAX_DELETION_WINDOW) {
          out.add(SpecPath.child(SpecPath.child(at, "create"), "deletionWindowDays"), days,
              "is not a waiting period KMS takes before it deletes a key (7 to 30 days)",
              "use " + Math.max(MIN_DELETION_WINDOW, Math.min(MAX_DELETION_WINDOW, days))
                  + " or a number of days between 7 and 30.");
        }
        c.description().filter(d -> d.length() > 8192).ifPresent(d ->
            out.add(SpecPath.child(SpecPath.child(at, "create"), "description"),
                d.length() + " characters", "is longer than the 8192 characters KMS takes",
                "shorten it."));
      });
    }
    kms.volumes().ifPresent(volumes -> {
      String path = SpecPath.child(at, "volumes");
      if (volumes.isEmpty()) {
        out.add(path, "[]", "is empty, so the key would encrypt nothing",
            "list root, secondary or both, leave volumes out for both, or remove kms.");
      }
      Set<KmsVolume> seen = new HashSet<>();
      volumes.stream().filter(v -> !seen.add(v)).findFirst().ifPresent(v ->
          out.add(path, v.value(), "lists " + v.value() + " twice", "list each volume once."));
      if (volumes.contains(KmsVolume.SECONDARY) && group.ebsVolumeSizeGB().isEmpty()) {
        out.add(path, KmsVolume.SECONDARY.value(),
            "names the secondary volume, but the group has none (ebsVolumeSizeGB is not set)",
            "set ebsVolumeSizeGB on the group, or list only root.");
      }
    });
  }

  private static void keyId(String id, String path, HyperPodPrerequisites spec, Problems out) {
    Matcher arn = ARN.matcher(id);
    if (arn.matches()) {
      String region = arn.group(2);
      String account = arn.group(3);
      boolean alias = arn.group(4).equals("alias");
      String rest = arn.group(5);
      if (alias ? !ALIAS.matcher("alias/" + rest).matches() : !KEY_ID.matcher(rest).matches()) {
        out.add(path, id, alias ? "is not a valid alias ARN: the name after alias/ takes 1 to 250"
                + " letters, digits and / _ -" : "is not a valid key ARN: after key/ comes a key id"
                + " such as 1234abcd-12ab-34cd-56ef-1234567890ab",
            "copy the ARN from aws kms describe-key --key-id ... --region " + spec.region() + ".");
      }
      if (!region.equals(spec.region())) {
        out.add(path, id, "is a key of region " + region + ", not of the spec's region "
                + spec.region() + ": the volumes of a cluster take keys of its own region only",
            "use a key of " + spec.region() + " (or create one with kms: {create: {}}).");
      }
      if (!account.matches("\\d{12}")) {
        out.add(path, id, "has no 12-digit account id", "copy the ARN from aws kms describe-key.");
      } else if (spec.account().isPresent() && !account.equals(spec.account().get())) {
        out.add(path, id, "is a key of account " + account + ", not of the spec's account "
                + spec.account().get(),
            "use a key of account " + spec.account().get() + " (or create one with kms: {create:"
                + " {}}).");
      }
      if (alias && rest.startsWith("aws/")) {
        awsManaged(path, id, out);
      }
      return;
    }
    if (id.startsWith("alias/")) {
      if (!ALIAS.matcher(id).matches()) {
        out.add(path, id, "is not a valid alias name: alias/ and 1 to 250 letters, digits and"
            + " / _ -", "use e.g. alias/hyperpod-volumes, or the key's id or ARN.");
      } else if (id.startsWith("alias/aws/")) {
        awsManaged(path, id, out);
      }
      return;
    }
    if (!KEY_ID.matcher(id).matches()) {
      out.add(path, id, "is not a KMS key id, key ARN, alias name (alias/...) or alias ARN",
          "use e.g. 1234abcd-12ab-34cd-56ef-1234567890ab, arn:aws:kms:" + spec.region()
              + ":ACCOUNT:key/1234abcd-12ab-34cd-56ef-1234567890ab or alias/my-key.");
    }
  }

  private static void awsManaged(String path, String id, Problems out) {
    out.add(path, id, "names an AWS managed key (alias/aws/...): its key policy cannot be"
            + " changed, so it cannot let HyperPod create the grant the volumes need",
        "name a customer managed key, or let the tool create one with kms: {create: {}}.");
  }
}
