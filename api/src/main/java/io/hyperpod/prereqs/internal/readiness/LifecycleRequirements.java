package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.internal.lifecycle.SharedUsers;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleFiles;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the lifecycle scripts need when the nodes run them: the bucket is a {@code sagemaker-}
 * bucket of this account, {@code OnCreate} is there, each group's role can list the bucket and
 * read the objects (identity policies, bucket policy, through the VPC's endpoint), {@code
 * shared_users.txt} creates its users, and FSx named in {@code provisioning_parameters.json} is
 * reachable.
 */
public final class LifecycleRequirements {
  public static final String SOURCE_URI = "lifecycle.source-uri";
  public static final String BUCKET_NAME = "lifecycle.bucket-name";
  public static final String BUCKET_OWNER = "lifecycle.bucket-owner";
  public static final String ON_CREATE = "lifecycle.on-create";
  public static final String ROLE_CAN_READ = "lifecycle.role-can-read";
  public static final String SHARED_USERS = "lifecycle.shared-users";
  public static final String ENTRY_SCRIPT = "lifecycle.entry-script";
  public static final String ON_INIT_COMPLETE = "lifecycle.on-init-complete";

  private LifecycleRequirements() {}

  /** An S3 URI split into bucket and key prefix (no trailing slash). */
  public record S3Location(String bucket, String prefix) {
    public static Optional<S3Location> parse(String uri) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(?:s3|https)://([^/]+)/?(.*)").matcher(uri);
      if (!m.matches() || m.group(1).isEmpty()) {
        return Optional.empty();
      }
      String prefix = m.group(2).replaceAll("/+$", "");
      return Optional.of(new S3Location(m.group(1), prefix));
    }

    public String key(String file) {
      return prefix.isEmpty() ? file : prefix + "/" + file;
    }
  }

  static void check(
      AccountView view, CreateClusterRequest request, NetworkFacts net, Results out) {
    Set<String> uris = new LinkedHashSet<>();
    for (InstanceGroupSpec g : request.instanceGroups()) {
      g.lifeCycleConfig().ifPresent(l -> {
        boolean one = l.onCreate().isPresent() != l.onInitComplete().isPresent();
        out.check(one, ENTRY_SCRIPT, g.instanceGroupName(),
            "LifeCycleConfig names one script: OnCreate (custom) or OnInitComplete (extension)",
            "OnCreate " + l.onCreate().orElse("(none)") + ", OnInitComplete "
                + l.onInitComplete().orElse("(none)"),
            l.onCreate().isPresent()
                ? "keep OnCreate (custom mode) or OnInitComplete (extension mode), not both"
                : "set OnInitComplete (extension mode) or OnCreate (custom mode), or leave"
                    + " LifeCycleConfig out (AMI-based mode)",
            Consequence.VALIDATION);
        uris.add(l.sourceS3Uri());
      });
    }
    for (String uri : uris) {
      List<InstanceGroupSpec> groups =
          request.instanceGroups().stream()
              .filter(g -> g.lifeCycleConfig().map(l -> l.sourceS3Uri().equals(uri)).orElse(false))
              .toList();
      Optional<S3Location> loc = S3Location.parse(uri);
      out.check(loc.isPresent(), SOURCE_URI, uri, "SourceS3Uri is an S3 URI",
          loc.map(l -> "bucket " + l.bucket() + ", prefix " + l.prefix()).orElse("not s3://BUCKET/PREFIX"),
          "use s3://sagemaker-.../PREFIX", Consequence.VALIDATION);
      if (loc.isPresent()) {
        location(view, loc.get(), groups, net, out);
      }
    }
  }

  private static void location(
      AccountView view, S3Location loc, List<InstanceGroupSpec> groups, NetworkFacts net, Results out) {
    String bucket = loc.bucket();
    out.check(bucket.startsWith("sagemaker-"), BUCKET_NAME, bucket,
        "the bucket name starts with sagemaker- (AmazonSageMakerClusterInstanceRolePolicy reads only those)",
        "bucket " + bucket,
        "copy the lifecycle scripts to a bucket named sagemaker-... (lifecycleScripts.bucket)",
        Consequence.LIFECYCLE_FAILURE);
    BucketAccess access = view.bucketAccess(bucket);
    out.check(access == BucketAccess.OWNED, BUCKET_OWNER, bucket,
        "the bucket exists in account " + view.accountId(),
        switch (access) {
          case OWNED -> "owned by " + view.accountId();
          case OTHER_OWNER -> "owned by another account (the instance role policy reads only buckets of its own account)";
          case NOT_FOUND -> "no such bucket";
        },
        "create the bucket in account " + view.accountId() + " and upload the lifecycle scripts there",
        Consequence.LIFECYCLE_FAILURE);
    if (access != BucketAccess.OWNED) {
      return;
    }
    List<S3ObjectInfo> objects = view.objects(bucket, loc.prefix().isEmpty() ? "" : loc.prefix() + "/");
    Set<String> keys = new LinkedHashSet<>();
    objects.forEach(o -> keys.add(o.key()));
    for (CreateClusterRequest.LifeCycleConfig l
        : groups.stream().map(g -> g.lifeCycleConfig().orElseThrow()).distinct().toList()) {
      scriptThere(l.onCreate(), ON_CREATE, "OnCreate", bucket, loc, keys, out);
      scriptThere(l.onInitComplete(), ON_INIT_COMPLETE, "OnInitComplete", bucket, loc, keys, out);
    }
    Optional<LabeledPolicy> bucketPolicy =
        view.bucketPolicy(bucket).flatMap(doc -> AccountView.parse("bucket-policy:" + bucket, doc));
    for (String roleArn : groups.stream().map(InstanceGroupSpec::executionRole).distinct().toList()) {
      view.roleByArn(roleArn).ifPresent(role -> roleRead(view, role, loc, keys, bucketPolicy, net, out));
    }
    String usersFile = keys.contains(loc.key(LifecycleFiles.SHARED_USERS)) ? LifecycleFiles.SHARED_USERS
        : keys.contains(loc.key(LifecycleFiles.SHARED_USERS_YAML)) ? LifecycleFiles.SHARED_USERS_YAML : null;
    if (usersFile != null) {
      SharedUsers users = SharedUsers.parse(usersFile, view.objectText(bucket, loc.key(usersFile)).orElse(""));
      out.check(users.problems().isEmpty(), SHARED_USERS, "s3://" + bucket + "/" + loc.key(usersFile),
          "the lifecycle scripts can create every user of " + usersFile,
          users.problems().isEmpty() ? "users " + users.users() : String.join("; ", users.problems()),
          "give each user its own name and a uid of 1001 or more not used by another line (clusterUsers[].uid), then re-upload",
          Consequence.LIFECYCLE_FAILURE);
    }
    FsxRequirements.check(view, loc, keys, net, out);
  }

  private static void scriptThere(Optional<String> script, String id, String field, String bucket,
      S3Location loc, Set<String> keys, Results out) {
    script.ifPresent(name -> {
      String key = loc.key(name);
      out.check(keys.contains(key), id, "s3://" + bucket + "/" + key,
          "the " + field + " script is in SourceS3Uri",
          keys.contains(key) ? "found" : "not found; the prefix holds " + keys.size() + " object(s)",
          "upload " + name + " to s3://" + bucket + "/" + loc.prefix() + " (hyperpod-prereqs apply does)",
          Consequence.LIFECYCLE_FAILURE);
    });
  }

  private static void roleRead(
      AccountView view,
      IamRole role,
      S3Location loc,
      Set<String> keys,
      Optional<LabeledPolicy> bucketPolicy,
      NetworkFacts net,
      Results out) {
    Principal p = Principal.of(role, view);
    List<String> evidence = new ArrayList<>();
    boolean ok = true;
    String bucketArn = "arn:aws:s3:::" + loc.bucket();
    Decision list = Permissions.ask(p, "s3:ListBucket", bucketArn, bucketPolicy, Optional.of(view.accountId()), net.s3Context());
    ok &= list.allowed();
    evidence.add(Permissions.say("s3:ListBucket", bucketArn, list));
    List<String> wanted = new ArrayList<>(keys);
    if (wanted.isEmpty()) {
      wanted.add(loc.key(LifecycleFiles.ON_CREATE));
    }
    for (String key : wanted) {
      String arn = bucketArn + "/" + key;
      Decision get = Permissions.ask(p, "s3:GetObject", arn, bucketPolicy, Optional.of(view.accountId()), net.s3Context());
      if (!get.allowed() || evidence.size() < 2) {
        evidence.add(Permissions.say("s3:GetObject", arn, get));
      }
      ok &= get.allowed();
    }
    String through = net.s3EndpointId().map(e -> " (requests through " + e + ")").orElse("");
    out.check(ok, ROLE_CAN_READ, role.arn(),
        "the execution role can list the bucket and read the lifecycle objects" + through,
        String.join("; ", evidence),
        "attach " + io.hyperpod.prereqs.policy.AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY
            + " to role " + role.name() + ", keep the bucket named sagemaker-..., and let the bucket policy admit the role"
            + (net.customVpc() ? " through the VPC's S3 gateway endpoint" : ""),
        Consequence.LIFECYCLE_FAILURE);
  }
}
