package io.hyperpod.prereqs.internal.lifecycle;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleFiles.FsxMount;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One generated lifecycle file under the prefix. It is rewritten only when its content changes,
 * which the object's ETag (the MD5 of a single-part upload) tells without downloading it.
 */
final class LifecycleObjectResource implements Resource<S3ObjectInfo> {
  static final String TYPE = "s3_object";

  private final StackModel model;
  private final String file;
  private final String bucket;
  private final String key;

  LifecycleObjectResource(StackModel model, String file) {
    this.model = model;
    this.file = file;
    this.bucket = model.spec().lifecycleScripts().bucket();
    this.key = model.spec().lifecycleScripts().key(file);
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.of(TYPE, file);
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    List<ResourceAddress> deps = new ArrayList<>();
    deps.add(BucketResource.address(model));
    if (usesFsx()) {
      deps.add(StackModel.FSX);
    }
    return deps;
  }

  private boolean usesFsx() {
    return file.equals(LifecycleFiles.PROVISIONING_PARAMETERS) && model.spec().fsx().isPresent();
  }

  /** The content, or empty while the FSx outputs it needs are not known yet. */
  private Optional<String> content(Outputs outputs) {
    Optional<FsxMount> fsx = Optional.empty();
    if (usesFsx()) {
      Optional<String> dns = outputs.get(StackModel.FSX, "dns_name");
      Optional<String> mount = outputs.get(StackModel.FSX, "mount_name");
      if (dns.isEmpty() || mount.isEmpty()) {
        return Optional.empty();
      }
      fsx = Optional.of(new FsxMount(dns.get(), mount.get()));
    }
    return Optional.of(LifecycleFiles.content(file, model, fsx));
  }

  @Override
  public Optional<S3ObjectInfo> observe(ObserveContext ctx) {
    return LifecycleReads.objects(ctx, bucket, model.spec().lifecycleScripts().key("")).stream()
        .filter(o -> o.key().equals(key))
        .findFirst();
  }

  @Override
  public Map<String, Object> observedAttributes(S3ObjectInfo o) {
    return Attributes.of().put("key", o.key()).put("md5", md5Of(o)).put("size", o.size()).build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<S3ObjectInfo> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    Optional<String> content = content(outputs);
    Attributes a = Attributes.of().put("key", key);
    if (content.isPresent()) {
      byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
      a.put("md5", md5(bytes)).put("size", bytes.length);
    } else {
      a.putUnknown("md5").putUnknown("size");
    }
    return a.build();
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the file is not uploaded");
  }

  @Override
  public Diff diff(S3ObjectInfo o, Outputs outputs) {
    Optional<String> content = content(outputs);
    if (content.isEmpty()) {
      return Diff.update("depends on values known after apply", List.of("content"));
    }
    return md5(content.get().getBytes(StandardCharsets.UTF_8)).equals(md5Of(o))
        ? Diff.noop("content up to date")
        : Diff.update("the content differs from the spec", List.of("content"));
  }

  @Override
  public List<Finding> findings(
      ObserveContext ctx, Optional<S3ObjectInfo> observed, Outputs outputs) {
    if (!file.equals(LifecycleFiles.SHARED_USERS) || observed.isEmpty()) {
      return List.of();
    }
    String wanted = LifecycleFiles.sharedUsers(model.spec().clusterUsers());
    if (md5(wanted.getBytes(StandardCharsets.UTF_8)).equalsIgnoreCase(observed.get().etag())) {
      return List.of();
    }
    Map<String, String> before = uids(ctx.backend().s3().getObject(bucket, key)
        .map(b -> new String(b, StandardCharsets.UTF_8)).orElse(""));
    Map<String, String> after = uids(wanted);
    List<Finding> out = new ArrayList<>();
    after.forEach((user, uid) -> {
      String old = before.get(user);
      if (old != null && !old.equals(uid)) {
        out.add(Finding.error(
            "users.uid-changed",
            address(),
            "OS user '" + user + "' had uid " + old + " and the spec now gives " + uid
                + "; nodes keep the old uid (add_users.sh skips existing users) and files on FSx"
                + " are owned by number, so the user would lose access to their files",
            "keep uid " + old + " for '" + user + "' in clusterUsers, or give the new uid to a"
                + " new OS user name"));
      }
    });
    return out;
  }

  private static Map<String, String> uids(String sharedUsers) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : sharedUsers.split("\n")) {
      String[] f = line.trim().split(",");
      if (f.length >= 2) {
        out.put(f[0].trim(), f[1].trim());
      }
    }
    return out;
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<S3ObjectInfo> observed) {
    String content = content(ctx.outputs()).orElseThrow(() ->
        new IllegalStateException("FSx outputs are not known for " + file));
    S3ObjectInfo info = ctx.backend().s3().putObject(bucket, key,
        content.getBytes(StandardCharsets.UTF_8), LifecycleFiles.contentType(file));
    return Map.of("key", info.key(), "etag", info.etag());
  }

  @Override
  public boolean destroyable(S3ObjectInfo o) {
    return true;
  }

  @Override
  public void destroy(ApplyContext ctx, S3ObjectInfo o) {
    ctx.backend().s3().deleteObject(bucket, key);
  }

  /** The object's ETag as the MD5 it is for a single-part upload: lower-case hex, no quotes. */
  private static String md5Of(S3ObjectInfo o) {
    return o.etag().replace("\"", "").toLowerCase(java.util.Locale.ROOT);
  }

  static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is not available", e);
    }
  }
}
