package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.fsx.FSxClient;

/**
 * {@link FsxPort} on the SDK's FSx client; the client is made on the first call that needs it,
 * so a run that never uses FSx makes none. The operations are not implemented yet: each fails
 * with an {@link UnsupportedOperationException} naming the FSx operation.
 */
public final class AwsFsxPort implements FsxPort {
  private final Supplier<FSxClient> client;

  public AwsFsxPort(Supplier<FSxClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The FSx client, made on first use. */
  FSxClient client() {
    return client.get();
  }

  @Override
  public List<FileSystem> describeFileSystems(Collection<String> fileSystemIds) {
    throw notYet("DescribeFileSystems");
  }

  @Override
  public FileSystem createLustreFileSystem(LustreFileSystemRequest request) {
    throw notYet("CreateFileSystem");
  }

  @Override
  public void deleteFileSystem(String fileSystemId) {
    throw notYet("DeleteFileSystem");
  }

  @Override
  public void tagResource(String resourceArn, Map<String, String> tags) {
    throw notYet("TagResource");
  }

  private static UnsupportedOperationException notYet(String operation) {
    return new UnsupportedOperationException(
        "fsx:" + operation + " is not implemented yet in the AWS backend");
  }
}
