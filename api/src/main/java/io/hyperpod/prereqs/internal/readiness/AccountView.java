package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.internal.quotas.QuotaLookup;
import io.hyperpod.prereqs.policy.AwsManagedPolicies;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyParseException;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.PrefixList;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The account as the readiness checks read it, through the SPI only and each thing once: IAM (one
 * snapshot), the lifecycle bucket, the network, FSx, quotas and the Session Manager preferences.
 * Never writes.
 */
public final class AccountView {
  private final CloudBackend backend;
  private final Map<String, Object> cache = new HashMap<>();

  public AccountView(CloudBackend backend) {
    this.backend = backend;
  }

  public CloudBackend backend() {
    return backend;
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String key, Supplier<T> read) {
    if (!cache.containsKey(key)) {
      cache.put(key, read.get());
    }
    return (T) cache.get(key);
  }

  public String accountId() {
    return cached("account", () -> backend.account().callerIdentity().account());
  }

  public String region() {
    return cached("region", () -> backend.account().region());
  }

  public IamSnapshot iam() {
    return cached("iam", () -> backend.iam().snapshot());
  }

  /** The role of an ARN ({@code arn:aws:iam::ACCOUNT:role/path/NAME}) in this account. */
  public Optional<IamRole> roleByArn(String arn) {
    return iam().roles().stream().filter(r -> r.arn().equals(arn)).findFirst();
  }

  public Optional<IamUser> user(String name) {
    return iam().user(name);
  }

  public Optional<IamRole> role(String name) {
    return iam().role(name);
  }

  /** The identity policies of a principal: its attached managed policies and inline policies. */
  public List<LabeledPolicy> identityPolicies(
      List<String> attachedPolicyArns, Map<String, String> inline) {
    List<LabeledPolicy> out = new ArrayList<>();
    for (String arn : attachedPolicyArns) {
      managedDocument(arn).ifPresent(doc -> parse(arn, doc).ifPresent(out::add));
    }
    inline.forEach((name, doc) -> parse("inline:" + name, doc).ifPresent(out::add));
    return out;
  }

  private Optional<String> managedDocument(String arn) {
    Optional<String> bundled = AwsManagedPolicies.get(arn).map(p -> p.documentJson());
    if (bundled.isPresent()) {
      return bundled;
    }
    Optional<ManagedPolicy> local = iam().policy(arn);
    if (local.isPresent()) {
      return Optional.of(local.get().defaultDocument());
    }
    return cached("policy:" + arn, () -> backend.iam().findPolicy(arn))
        .map(p -> ((ManagedPolicy) p).defaultDocument());
  }

  /** A document that does not parse counts as no policy (it grants nothing). */
  public static Optional<LabeledPolicy> parse(String label, String json) {
    try {
      return Optional.of(LabeledPolicy.parse(label, json));
    } catch (PolicyParseException e) {
      return Optional.empty();
    }
  }

  public BucketAccess bucketAccess(String bucket) {
    return cached("bucket:" + bucket, () -> backend.s3().headBucket(bucket));
  }

  public Optional<String> bucketPolicy(String bucket) {
    return cached("bucket-policy:" + bucket, () -> backend.s3().getBucketPolicy(bucket));
  }

  public List<S3ObjectInfo> objects(String bucket, String prefix) {
    return cached("objects:" + bucket + "/" + prefix, () -> backend.s3().listObjects(bucket, prefix));
  }

  public Optional<String> objectText(String bucket, String key) {
    return cached(
        "object:" + bucket + "/" + key,
        () -> {
          try {
            return backend.s3().getObject(bucket, key).map(b -> new String(b, StandardCharsets.UTF_8));
          } catch (CloudException e) {
            return Optional.<String>empty();
          }
        });
  }

  public List<Subnet> subnets(List<String> ids) {
    return cached("subnets:" + ids, () -> readOrEmpty(() -> backend.ec2().describeSubnets(Ec2Query.ids(ids))));
  }

  public List<SecurityGroup> securityGroups(List<String> ids) {
    return cached(
        "groups:" + ids, () -> readOrEmpty(() -> backend.ec2().describeSecurityGroups(Ec2Query.ids(ids))));
  }

  public List<RouteTable> routeTables(String vpcId) {
    return cached(
        "routes:" + vpcId,
        () -> backend.ec2().describeRouteTables(Ec2Query.filter("vpc-id", List.of(vpcId))));
  }

  public List<VpcEndpoint> endpoints(String vpcId) {
    return cached(
        "endpoints:" + vpcId,
        () -> backend.ec2().describeVpcEndpoints(Ec2Query.filter("vpc-id", List.of(vpcId)))
            .stream().filter(e -> !io.hyperpod.prereqs.internal.network.NetworkReads.gone(e))
            .toList());
  }

  public Optional<String> s3PrefixListId() {
    return cached(
        "s3-prefix-list",
        () ->
            backend
                .ec2()
                .describePrefixLists(
                    Ec2Query.filter(
                        "prefix-list-name", List.of(VpcEndpoint.s3ServiceName(region()))))
                .stream()
                .map(PrefixList::prefixListId)
                .findFirst());
  }

  /** DescribeKey of a key id, key ARN or alias; empty when there is no such key. */
  public Optional<io.hyperpod.prereqs.spi.kms.KmsKey> kmsKey(String keyId) {
    return cached("kms-key:" + keyId, () -> {
      try {
        return Optional.of(backend.kms().describeKey(keyId));
      } catch (io.hyperpod.prereqs.spi.NotFoundException e) {
        return Optional.empty();
      }
    });
  }

  /** The key policy of a key; empty when this caller may not read it. */
  public Optional<String> keyPolicy(String keyArn) {
    return cached("kms-policy:" + keyArn, () -> {
      try {
        return Optional.of(backend.kms().getKeyPolicy(keyArn));
      } catch (CloudException e) {
        return Optional.empty();
      }
    });
  }

  public List<io.hyperpod.prereqs.spi.fsx.FileSystem> fileSystems() {
    return cached("fsx", () -> backend.fsx().describeFileSystems(List.of()));
  }

  public QuotaLookup quotas() {
    return quotas(io.hyperpod.prereqs.spi.quotas.QuotasPort.SAGEMAKER);
  }

  /** The quotas of one service ({@code sagemaker}, {@code vpc}). */
  public QuotaLookup quotas(String serviceCode) {
    return cached("quotas." + serviceCode, () -> QuotaLookup.read(backend.quotas(), serviceCode));
  }

  /** The account's HyperPod clusters in the region. */
  public List<io.hyperpod.prereqs.spi.sagemaker.Cluster> clusters() {
    return cached("clusters", () -> backend.sageMaker().listClusters());
  }

  /** The Session Manager preferences document's content, when the account has one. */
  public Optional<String> sessionPreferences() {
    return cached(
        "ssm-prefs",
        () -> backend.ssm().getDocument(SsmPort.PREFERENCES_DOCUMENT).map(d -> d.content()));
  }

  /** Subnets or groups that do not exist make the whole Describe fail on AWS; read them one by one. */
  private static <T> List<T> readOrEmpty(Supplier<List<T>> read) {
    try {
      return read.get();
    } catch (io.hyperpod.prereqs.spi.NotFoundException | io.hyperpod.prereqs.spi.MalformedException e) {
      return List.of();
    }
  }
}
