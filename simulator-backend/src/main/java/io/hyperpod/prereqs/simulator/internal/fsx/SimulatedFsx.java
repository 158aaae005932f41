package io.hyperpod.prereqs.simulator.internal.fsx;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import io.hyperpod.prereqs.spi.fsx.OpenZfsFileSystemRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The simulator's FSx port: each method is one FSx operation through {@link FsxOperations}. */
public final class SimulatedFsx implements FsxPort {
  private static final String FSX = "fsx";

  private final BackendContext context;

  public SimulatedFsx(BackendContext context) {
    this.context = context;
  }

  @Override
  public List<FileSystem> describeFileSystems(Collection<String> fileSystemIds) {
    return call(
        "DescribeFileSystems",
        ops ->
            ops.describeFileSystems(fileSystemIds).stream()
                .map(f -> FsxViews.fileSystem(f, ops.now()))
                .toList());
  }

  @Override
  public FileSystem createLustreFileSystem(LustreFileSystemRequest request) {
    return call(
        "CreateFileSystem",
        ops -> FsxViews.fileSystem(ops.createLustreFileSystem(request), ops.now()));
  }

  @Override
  public FileSystem createOpenZfsFileSystem(OpenZfsFileSystemRequest request) {
    return context.call(FSX, "CreateFileSystem", () -> {
      OpenZfsOperations ops = new OpenZfsOperations(context);
      return FsxViews.fileSystem(ops.create(request), ops.fsx().now());
    });
  }

  @Override
  public void deleteFileSystem(String fileSystemId) {
    call("DeleteFileSystem", ops -> ops.deleteFileSystem(fileSystemId));
  }

  @Override
  public void tagResource(String resourceArn, Map<String, String> tags) {
    call(
        "TagResource",
        ops -> {
          ops.tagResource(resourceArn, tags);
          return null;
        });
  }

  private <T> T call(String operation, Function<FsxOperations, T> action) {
    return context.call(FSX, operation, () -> action.apply(new FsxOperations(context)));
  }
}
