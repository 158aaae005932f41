package io.hyperpod.prereqs.internal.fsx;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.ChangeFailedException;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Waiting for a file system to become AVAILABLE or to be gone: polls DescribeFileSystems every
 * {@link #POLL}, reports progress ("fs-... CREATING, 6 of at most 30 minutes"), pauses through the
 * backend (the simulator moves its clock instead of sleeping) and gives up after the apply's wait
 * limit ({@link ApplyContext#waitLimit()}), or at once when the apply is cancelled.
 */
final class FileSystemWaits {
  static final Duration POLL = Duration.ofSeconds(30);

  private FileSystemWaits() {}

  static FileSystem untilAvailable(ApplyContext ctx, String id) {
    CloudBackend backend = ctx.backend();
    Instant start = backend.clock().instant();
    Duration limit = ctx.waitLimit();
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
      waitMore(ctx, start, limit, id + " CREATING");
    }
  }

  static void untilGone(ApplyContext ctx, String id) {
    CloudBackend backend = ctx.backend();
    Instant start = backend.clock().instant();
    Duration limit = ctx.waitLimit();
    while (describe(backend, id).isPresent()) {
      waitMore(ctx, start, limit, id + " DELETING");
    }
    ctx.progress(id + " is deleted after " + elapsed(backend, start));
  }

  /** Whether the file system is being deleted (a DeleteFileSystem whose answer was lost took). */
  static boolean deleting(ApplyContext ctx, String id) {
    return describe(ctx.backend(), id).map(f -> FileSystem.DELETING.equals(f.lifecycle()))
        .orElse(false);
  }

  private static void waitMore(ApplyContext ctx, Instant start, Duration limit, String what) {
    CloudBackend backend = ctx.backend();
    Duration elapsed = Duration.between(start, backend.clock().instant());
    if (ctx.stopReason().isPresent()) {
      throw new ChangeFailedException("stopped waiting (" + ctx.stopReason().get() + "): " + what
          + " after " + elapsed.toMinutes() + " minutes; run apply again to wait on");
    }
    if (elapsed.compareTo(limit) >= 0) {
      throw new ChangeFailedException(
          what
              + " for more than "
              + limit.toMinutes()
              + " minutes, the wait limit; look at it in the FSx console, then run apply again"
              + " (--wait-limit MINUTES waits longer)");
    }
    ctx.progress(what + ", " + elapsed.toMinutes() + " of at most " + limit.toMinutes()
        + " minutes");
    Duration left = limit.minus(elapsed);
    backend.pause(left.compareTo(POLL) < 0 ? left : POLL);
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
