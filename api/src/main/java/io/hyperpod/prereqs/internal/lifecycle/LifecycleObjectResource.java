package io.hyperpod.prereqs.internal.lifecycle;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.ChangeFailedException;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleFiles.FsxMount;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleReads.Mark;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleReads.StackFile;
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
 * which the object's ETag (the MD5 of a single-part upload) tells without downloading it. The
 * stack marks what it writes with the user metadata {@code hyperpod-prereqs-stack=STACK}; a file
 * at the same key without that mark is someone else's: never deleted, and replaced only with
 * {@code --overwrite-foreign-objects} (docs/ownership.md).
 */
final class LifecycleObjectResource implements Resource<StackFile> {
  static final String TYPE = "s3_object";

  private final StackModel model;
  private final String file;
  private final String bucket;
  private final String key;

  LifecycleObjectResource(StackModel model, String file) {
    this.model = model;
    this.file = file;
    this.bucket = model.lifecycleScripts().bucket();
    this.key = model.lifecycleScripts().key(file);
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
  public Optional<StackFile> observe(ObserveContext ctx) {
    return LifecycleReads.file(ctx, model, key);
  }

  @Override
  public Map<String, Object> observedAttributes(StackFile f) {
    S3ObjectInfo o = f.info();
    return Attributes.of().put("key", o.key()).put("md5", md5Of(o)).put("size", o.size())
        .put("written_by", f.mark().label).build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<StackFile> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    Optional<String> content = content(outputs);
    Attributes a = Attributes.of().put("key", key);
    if (content.isPresent()) {
      byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
      a.put("md5", md5(bytes)).put("size", bytes.length);
    } else {
      a.putUnknown("md5").putUnknown("size");
    }
    return a.put("written_by", Mark.THIS_STACK.label).build();
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the file is not uploaded");
  }

  @Override
  public Diff diff(StackFile f, Outputs outputs) {
    Optional<String> content = content(outputs);
    boolean same = content.isPresent()
        && md5(content.get().getBytes(StandardCharsets.UTF_8)).equals(md5Of(f.info()));
    if (f.mark() == Mark.OTHERS) {
      if (same) {
        return Diff.noop("the same content is there, put by someone else: left as it is");
      }
      return model.overwriteForeignObjects()
          ? Diff.update("not written by this stack; --overwrite-foreign-objects replaces it",
              List.of("content"))
          : Diff.noop("not written by this stack: left as it is (see the finding)");
    }
    if (content.isEmpty()) {
      return Diff.update("depends on values known after apply", List.of("content"));
    }
    return same
        ? Diff.noop("content up to date")
        : Diff.update("the content differs from the spec", List.of("content"));
  }

  /** The error of a file someone else put at this key, which apply would otherwise replace. */
  private Optional<Finding> foreign(Optional<StackFile> observed, Outputs outputs) {
    if (observed.isEmpty() || observed.get().mark() != Mark.OTHERS
        || model.overwriteForeignObjects()) {
      return Optional.empty();
    }
    Optional<String> content = content(outputs);
    if (content.isPresent() && md5(content.get().getBytes(StandardCharsets.UTF_8))
        .equalsIgnoreCase(observed.get().info().etag())) {
      return Optional.empty();
    }
    return Optional.of(Finding.error(
        "s3.object.foreign",
        address(),
        "s3://" + bucket + "/" + key + " exists and was not written by this stack (it lacks the"
            + " metadata x-amz-meta-" + StackModel.OBJECT_MARK + ": " + model.stack()
            + "); apply would replace it, so it is left alone",
        "move the file away or choose another lifecycleScripts.prefix; or, to replace it with"
            + " the generated file, plan and apply with --overwrite-foreign-objects"));
  }

  @Override
  public List<Finding> findings(
      ObserveContext ctx, Optional<StackFile> observed, Outputs outputs) {
    Optional<Finding> foreign = foreign(observed, outputs);
    if (foreign.isPresent()) {
      return List.of(foreign.get());
    }
    if (!file.equals(LifecycleFiles.SHARED_USERS) || observed.isEmpty()) {
      return List.of();
    }
    String wanted = LifecycleFiles.sharedUsers(model.spec().clusterUsers());
    if (md5(wanted.getBytes(StandardCharsets.UTF_8))
        .equalsIgnoreCase(observed.get().info().etag())) {
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
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<StackFile> observed) {
    String content = content(ctx.outputs()).orElseThrow(() ->
        new IllegalStateException("FSx outputs are not known for " + file));
    if (observed.isPresent() && observed.get().mark() != Mark.OTHERS) {
      refuseIfReplaced(ctx, "overwrite");
    }
    S3ObjectInfo info = ctx.backend().s3().putObject(bucket, key,
        content.getBytes(StandardCharsets.UTF_8), LifecycleFiles.contentType(file),
        Map.of(StackModel.OBJECT_MARK, model.stack()));
    return Map.of("key", info.key(), "etag", info.etag());
  }

  @Override
  public boolean destroyable(StackFile f) {
    return f.mark() != Mark.OTHERS; // a hidden mark is read again once the policy is out
  }

  @Override
  public String keptReason(StackFile f) {
    return "not written by this stack (no x-amz-meta-" + StackModel.OBJECT_MARK + ": "
        + model.stack() + "); never deleted";
  }

  @Override
  public void destroy(ApplyContext ctx, StackFile f) {
    refuseIfReplaced(ctx, "delete");
    ctx.backend().s3().deleteObject(bucket, key);
  }

  /** Checks the mark again right before a write: someone may have put their own file since. */
  private void refuseIfReplaced(ApplyContext ctx, String what) {
    Optional<S3ObjectInfo> now = ctx.backend().s3().headObject(bucket, key);
    if (now.isPresent() && !model.wrote(now.get().metadata())) {
      throw new ChangeFailedException("s3://" + bucket + "/" + key + " was replaced since the"
          + " plan by a file this stack did not write; did not " + what + " it (plan again)");
    }
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
