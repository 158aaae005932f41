package io.hyperpod.prereqs.soak;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.s3.S3Bucket;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an account holds, as a count per resource and stable key ({@code vpc 10.0.0.0/16},
 * {@code iam_role demo-worker-role}, {@code s3_object BUCKET/KEY}): two applies that made the
 * same things compare equal whatever ids they drew; a duplicate shows as a count above 1, an
 * untagged resource of the stack as {@code untagged ...}, a leftover as a key that was not there.
 */
record Inventory(Map<String, Integer> counts) {
  /**
   * Stack locks are left out: a run killed while it held one leaves it until it expires or the
   * next run with changes takes it over (destroy removes it with the bucket).
   */
  static final String LOCKS = ".hyperpod-prereqs/lock/";

  static Inventory of(CloudBackend b) {
    Map<String, Integer> c = new TreeMap<>();
    IamSnapshot iam = b.iam().snapshot();
    iam.users().forEach(u -> add(c, "iam_user " + u.name() + " " + t(u.tags())
        + " " + u.attachedPolicyArns().stream().sorted().toList()));
    iam.roles().forEach(r -> add(c, "iam_role " + r.name() + " " + t(r.tags())
        + " " + r.attachedPolicyArns().stream().sorted().toList()));
    iam.policies().forEach(p -> add(c, "iam_policy " + p.arn()));
    for (S3Bucket bucket : b.s3().listBuckets()) {
      Map<String, String> tags = b.s3().getBucketTags(bucket.name());
      add(c, "s3_bucket " + bucket.name() + (tags.containsKey(HyperPodPrerequisites.STACK_TAG)
          ? "" : " untagged"));
      b.s3().listObjects(bucket.name(), "").stream()
          .filter(o -> !o.key().startsWith(LOCKS))
          .forEach(o -> add(c, "s3_object " + bucket.name() + "/" + o.key()));
      b.s3().getBucketPolicy(bucket.name()).ifPresent(p -> add(c, "s3_bucket_policy "
          + bucket.name()));
    }
    b.ec2().describeVpcs(Ec2Query.all()).stream().filter(v -> !v.tags().isEmpty())
        .forEach(v -> add(c, "vpc " + v.cidrBlock() + " " + t(v.tags())));
    b.ec2().describeSubnets(Ec2Query.all()).stream().filter(s -> !s.tags().isEmpty())
        .forEach(s -> add(c, "subnet " + s.cidrBlock() + " " + t(s.tags())));
    for (SecurityGroup g : b.ec2().describeSecurityGroups(Ec2Query.all())) {
      if (!g.groupName().equals("default")) {
        add(c, "security_group " + g.groupName() + " " + t(g.tags()));
        g.rules().forEach(r -> add(c, "security_group_rule " + g.groupName() + " "
            + (r.isEgress() ? "egress" : "ingress") + " " + t(r.tags())));
      }
    }
    b.ec2().describeVpcEndpoints(Ec2Query.all()).stream()
        .filter(e -> !e.state().equalsIgnoreCase("deleted"))
        .forEach(e -> add(c, "vpc_endpoint " + e.serviceName() + " " + t(e.tags())));
    b.fsx().describeFileSystems(List.of()).stream()
        .forEach(f -> add(c, "fsx " + f.storageCapacity() + " " + t(f.tags())));
    kms(b, c);
    return new Inventory(c);
  }

  /**
   * The customer managed keys that are not pending deletion (a destroyed key waits out its
   * window: it is gone as far as the stack is concerned) and the aliases that are not AWS's. A
   * backend without a KMS port has none.
   */
  private static void kms(CloudBackend b, Map<String, Integer> c) {
    KmsPort kms;
    try {
      kms = b.kms();
    } catch (UnsupportedOperationException none) {
      return;
    }
    for (String id : kms.listKeys()) {
      KmsKey key = kms.describeKey(id);
      if (key.customerManaged() && !KmsKey.PENDING_DELETION.equals(key.keyState())) {
        add(c, "kms_key " + key.description() + " " + t(kms.listResourceTags(id)));
      }
    }
    kms.listAliases().stream()
        .filter(a -> !a.aliasName().startsWith("alias/aws/"))
        .forEach(a -> add(c, "kms_alias " + a.aliasName()));
  }

  private static Map<String, String> t(Map<String, String> tags) {
    return new TreeMap<>(tags);
  }

  private static void add(Map<String, Integer> c, String key) {
    c.merge(key, 1, Integer::sum);
  }

  /** Keys held more often than in {@code reference}: duplicates. */
  List<String> moreThan(Inventory reference) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > reference.counts.getOrDefault(e.getKey(), 0))
        .map(e -> e.getKey() + " x" + e.getValue()).toList();
  }

  /** Keys not held in {@code reference}, or held fewer times. */
  List<String> lessThan(Inventory reference) {
    return reference.moreThan(this);
  }
}
