package io.hyperpod.prereqs.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.StackLockedException;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stack's advisory lock, so that two applies (or destroys) of one stack never run at once. It
 * needs no extra infrastructure: one object, {@code .hyperpod-prereqs/lock/STACK.json}, in the
 * stack's lifecycle bucket, written with a conditional put (If-None-Match: *), naming its holder
 * (caller, host, pid, command, since) and an expiry {@link #TTL} ahead that the holder renews as it
 * goes (If-Match on the object's ETag). A second run waits up to {@link
 * ApplyOptions#lockTimeout()}, polling on the backend's clock, then refuses naming the holder. A
 * lock is taken over when it has expired, or when its holder was a process of this host that is
 * gone (or a run of this very process that ended without releasing it: killed).
 */
public final class StackLock implements AutoCloseable {
  static final Duration TTL = Duration.ofMinutes(10);
  static final Duration POLL = Duration.ofSeconds(10);
  /** Locks held by runs of this process, by id: a lock of this pid not here was abandoned. */
  private static final Set<String> HELD = ConcurrentHashMap.newKeySet();

  private final CloudBackend backend;
  private final ApplyOptions options;
  private final String bucket;
  private final String key;
  private final ObjectNode holder;
  private final boolean createdBucket;
  private volatile String etag;
  private volatile Instant renewed;
  private volatile boolean released;

  private StackLock(CloudBackend backend, ApplyOptions options, String bucket, String key,
      ObjectNode holder, String etag, boolean createdBucket) {
    this.backend = backend;
    this.options = options;
    this.bucket = bucket;
    this.key = key;
    this.holder = holder;
    this.etag = etag;
    this.createdBucket = createdBucket;
    this.renewed = backend.clock().instant();
  }

  static String key(String stack) {
    return ".hyperpod-prereqs/lock/" + stack + ".json";
  }

  /**
   * Takes the lock of the model's stack, making the lifecycle bucket first when it is missing
   * (tagged as the stack's, as the apply would); empty when the bucket cannot hold it (it belongs
   * to another account, a destroy finds no bucket: nothing to race for, or it cannot be made: the
   * apply's own bucket change then fails saying why).
   */
  public static Optional<StackLock> acquire(CloudBackend backend, StackModel model, String callerArn,
      String command, ApplyOptions options, boolean mayCreateBucket,
      java.util.function.Consumer<String> unlocked) {
    if (model.spec().lifecycleScripts().isEmpty()) {
      return Optional.empty();
    }
    String bucket = model.spec().lifecycleScripts().get().bucket();
    BucketAccess access = Retrying.call(backend, options, () -> backend.s3().headBucket(bucket));
    boolean created = false;
    if (access == BucketAccess.NOT_FOUND) {
      if (!mayCreateBucket) {
        return Optional.empty();
      }
      try {
        createBucket(backend, options, bucket, model);
        created = true;
      } catch (CloudException e) {
        // Made all the same (an answer lost, another run's create at the same moment): lock it.
        // Otherwise no bucket, no lock: the apply goes on and its bucket change says why.
        if (Retrying.call(backend, options, () -> backend.s3().headBucket(bucket))
            != BucketAccess.OWNED) {
          return Optional.empty();
        }
      }
    } else if (access != BucketAccess.OWNED) {
      return Optional.empty();
    }
    String key = key(model.stack());
    Instant now = backend.clock().instant();
    String id = UUID.randomUUID().toString();
    ObjectNode holder = Json.object()
        .put("id", id)
        .put("stack", model.stack())
        .put("by", callerArn)
        .put("host", host())
        .put("pid", ProcessHandle.current().pid())
        .put("command", command)
        .put("since", now.toString());
    Duration waited = Duration.ZERO;
    while (true) {
      holder.put("expires", backend.clock().instant().plus(TTL).toString());
      Optional<String> etag;
      try {
        etag = put(backend, options, bucket, key, holder, Optional.empty());
        if (etag.isPresent() && !ours(backend, options, bucket, key, id)) {
          etag = Optional.empty();
        }
      } catch (AccessDeniedException e) {
        // The bucket's policy (or the caller's) refuses the lock object: the run goes on without
        // the lock, and says so (the apply's result has a warning naming the refusal).
        unlocked.accept("the stack's lock (s3://" + bucket + "/" + key + ") could not be taken: "
            + e.getMessage());
        return Optional.empty();
      }
      if (etag.isEmpty()) {
        Optional<S3ObjectInfo> current = Retrying.call(backend, options,
            () -> backend.s3().listObjects(bucket, key)).stream()
            .filter(o -> o.key().equals(key)).findFirst();
        Optional<JsonNode> other = current.isEmpty() ? Optional.empty()
            : Retrying.call(backend, options, () -> backend.s3().getObject(bucket, key))
                .map(StackLock::parse);
        if (current.isEmpty() || other.isEmpty()) {
          continue;
        }
        if (id.equals(other.get().path("id").asText())) {
          etag = Optional.of(current.get().etag());
        } else if (abandoned(other.get(), backend.clock().instant())) {
          etag = put(backend, options, bucket, key, holder, Optional.of(current.get().etag()));
          if (etag.isEmpty()) {
            continue;
          }
        } else {
          if (waited.compareTo(options.lockTimeout()) >= 0) {
            throw new StackLockedException(describe(other.get(), bucket, key, options));
          }
          Duration left = options.lockTimeout().minus(waited);
          Duration step = POLL.compareTo(left) < 0 ? POLL : left;
          backend.pause(step);
          waited = waited.plus(step);
          continue;
        }
      }
      HELD.add(id);
      return Optional.of(new StackLock(backend, options, bucket, key, holder, etag.get(),
          created));
    }
  }

  /**
   * The conditional put of the lock; its ETag, or empty when the condition did not hold (which,
   * after a lost answer, may be because the first try took: the caller reads the lock back).
   */
  private static Optional<String> put(CloudBackend backend, ApplyOptions options, String bucket,
      String key, ObjectNode holder, Optional<String> ifMatch) {
    try {
      return Optional.of(Retrying.call(backend, options, () -> backend.s3().putObjectIf(bucket,
          key, bytes(holder), "application/json", ifMatch)).etag());
    } catch (ConflictException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the lock object just written is this run's: a server whose If-None-Match is not
   * atomic (moto checks, then stores) lets two writers both succeed, and only the last one's
   * object stays. Read back, the run whose object it is not goes on as refused.
   */
  private static boolean ours(CloudBackend backend, ApplyOptions options, String bucket,
      String key, String id) {
    return Retrying.call(backend, options, () -> backend.s3().getObject(bucket, key))
        .map(StackLock::parse).map(n -> id.equals(n.path("id").asText())).orElse(false);
  }

  /** Whether the lock made the lifecycle bucket (the plan still shows it as to create). */
  public boolean createdBucket() {
    return createdBucket;
  }

  public String bucket() {
    return bucket;
  }

  /** Pushes the expiry on when half of it has passed; called as the apply makes progress. */
  public void renewIfDue() {
    Instant now = backend.clock().instant();
    if (released || Duration.between(renewed, now).compareTo(TTL.dividedBy(2)) < 0) {
      return;
    }
    synchronized (this) {
      if (released || Duration.between(renewed, now).compareTo(TTL.dividedBy(2)) < 0) {
        return;
      }
      holder.put("expires", now.plus(TTL).toString());
      try {
        etag = backend.s3().putObjectIf(bucket, key, bytes(holder), "application/json",
            Optional.of(etag)).etag();
        renewed = now;
      } catch (CloudException e) {
        // Renewal is best effort: the lock still holds until its expiry; the next try renews.
      }
    }
  }

  /** Deletes the lock object when it is still this run's; a run that cannot leaves it to expire. */
  @Override
  public synchronized void close() {
    if (released) {
      return;
    }
    released = true;
    HELD.remove(holder.get("id").asText());
    try {
      Optional<JsonNode> now = Retrying.call(backend, options,
          () -> backend.s3().getObject(bucket, key)).map(StackLock::parse);
      if (now.isPresent() && holder.get("id").asText().equals(now.get().path("id").asText())) {
        Retrying.run(backend, options, () -> backend.s3().deleteObject(bucket, key));
      }
    } catch (CloudException e) {
      // It expires by itself (TTL); the next run of this host takes it over at once.
    }
  }

  /** Makes the bucket for the lock; one made meanwhile (a lost answer, another run) is taken. */
  private static void createBucket(CloudBackend backend, ApplyOptions options, String bucket,
      StackModel model) {
    try {
      Retrying.run(backend, options, () -> backend.s3().createBucket(bucket, model.createTags()));
    } catch (AlreadyExistsException e) {
      if (Retrying.call(backend, options, () -> backend.s3().headBucket(bucket))
          != BucketAccess.OWNED) {
        throw e;
      }
    }
  }

  /** Expired, or held by a process of this host that is gone, or by an ended run of this one. */
  private static boolean abandoned(JsonNode other, Instant now) {
    Instant expires = Instant.parse(other.path("expires").asText(Instant.EPOCH.toString()));
    if (!now.isBefore(expires)) {
      return true;
    }
    if (!host().equals(other.path("host").asText())) {
      return false;
    }
    long pid = other.path("pid").asLong(-1);
    if (pid == ProcessHandle.current().pid()) {
      return !HELD.contains(other.path("id").asText());
    }
    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  private static String describe(JsonNode other, String bucket, String key,
      ApplyOptions options) {
    return "stack " + other.path("stack").asText() + " is locked by another run: `"
        + other.path("command").asText() + "` as " + other.path("by").asText() + " on "
        + other.path("host").asText() + " (pid " + other.path("pid").asText() + ") since "
        + other.path("since").asText() + "; the lock (s3://" + bucket + "/" + key
        + ") lasts until " + other.path("expires").asText() + " unless that run renews it."
        + (options.lockTimeout().isZero() ? " Wait for it to finish, or pass --lock-timeout"
            + " 15m to wait for it" : " Waited " + Deadline.minutes(options.lockTimeout())
            + " (--lock-timeout) for it")
        + "; if that run crashed, its lock frees itself when it expires.";
  }

  private static byte[] bytes(ObjectNode holder) {
    return Json.write(holder).getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode parse(byte[] content) {
    try {
      return Json.parse(new String(content, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return Json.object();
    }
  }

  private static String host() {
    return HOST;
  }

  private static final String HOST = localHost();

  private static String localHost() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "unknown-host";
    }
  }
}
