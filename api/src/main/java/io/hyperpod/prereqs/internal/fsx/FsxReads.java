package io.hyperpod.prereqs.internal.fsx;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The FSx read of a plan: every file system of the region, once (DescribeFileSystems). */
final class FsxReads {
  private FsxReads() {}

  static List<FileSystem> all(ObserveContext ctx) {
    return ctx.cached("fsx.file-systems", () -> ctx.backend().fsx().describeFileSystems(List.of()));
  }

  /** The file systems the stack created that are not being deleted, oldest first. */
  static List<FileSystem> owned(ObserveContext ctx, StackModel model) {
    return all(ctx).stream()
        .filter(f -> model.ownedBy(f.tags()) && !FileSystem.DELETING.equals(f.lifecycle()))
        .sorted(Comparator.comparing(FileSystem::creationTime))
        .toList();
  }

  /** The stack's file systems of one type ({@link FileSystem#LUSTRE}, {@link FileSystem#OPENZFS}). */
  static List<FileSystem> owned(ObserveContext ctx, StackModel model, String type) {
    return owned(ctx, model).stream().filter(f -> f.fileSystemType().equals(type)).toList();
  }

  static Optional<FileSystem> byId(ObserveContext ctx, String id) {
    return all(ctx).stream().filter(f -> f.fileSystemId().equals(id)).findFirst();
  }
}
