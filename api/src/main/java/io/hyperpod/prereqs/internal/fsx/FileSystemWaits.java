package io.hyperpod.prereqs.internal.fsx;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Waiting for a file system to become AVAILABLE or to be gone: polls DescribeFileSystems every
 * {@link #POLL}, reports progress, pauses through the backend (the simulator moves its clock
 * instead of sleeping) and gives up after {@link #LIMIT}.
 */
final class FileSystemWaits {
  static final Duration POLL = Duration.ofSeconds(30);
  static final Duration LIMIT = Duration.ofHours(2);

  private FileSystemWaits() {}

  static FileSystem untilAvailable(ApplyContext ctx, String id) {
    CloudBackend backend = ctx.backend();
    Instant start = backend.clock().instant();
    while (true) {
      FileSystem fs =
          describe(backend, id)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "file system " + id + " disappeared while it was being created"));
      if (fs.available()) {
        ctx.progress(id + " is AVAILABLE after " + elapsed(backend, start));
        return fs;
      }
      if (!FileSystem.CREATING.equals(fs.lifecycle())) {
        throw new IllegalStateException(
            "file system "
                + id
                + " is "
                + fs.lifecycle()
                + fs.failureMessage().map(m -> ": " + m).orElse("")
                + "; delete it (destroy --delete-data) and apply again");
      }
      waitMore(ctx, start, id + " is CREATING");
    }
  }

  static void untilGone(ApplyContext ctx, String id) {
    CloudBackend backend = ctx.backend();
    Instant start = backend.clock().instant();
    while (describe(backend, id).isPresent()) {
      waitMore(ctx, start, id + " is DELETING");
    }
    ctx.progress(id + " is deleted after " + elapsed(backend, start));
  }

  private static void waitMore(ApplyContext ctx, Instant start, String what) {
    CloudBackend backend = ctx.backend();
    Duration elapsed = Duration.between(start, backend.clock().instant());
    if (elapsed.compareTo(LIMIT) > 0) {
      throw new IllegalStateException(
          what
              + " for more than "
              + LIMIT.toMinutes()
              + " minutes; look at it in the FSx console and apply again");
    }
    ctx.progress(what + " (" + elapsed(backend, start) + " so far)");
    backend.pause(POLL);
  }

  private static Optional<FileSystem> describe(CloudBackend backend, String id) {
    try {
      return backend.fsx().describeFileSystems(List.of(id)).stream().findFirst();
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private static String elapsed(CloudBackend backend, Instant start) {
    Duration d = Duration.between(start, backend.clock().instant());
    return d.toMinutes() + "m" + String.format("%02d", d.toSecondsPart()) + "s";
  }
}
