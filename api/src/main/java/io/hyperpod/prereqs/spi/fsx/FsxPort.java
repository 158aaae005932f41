package io.hyperpod.prereqs.spi.fsx;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * FSx for Lustre and OpenZFS in the backend's region. Each method is one FSx operation and fails with {@link
 * io.hyperpod.prereqs.spi.CloudException}s carrying FSx's error codes ({@code FileSystemNotFound},
 * {@code BadRequest}, {@code InvalidNetworkSettings}, {@code IncompatibleParameterError}, ...).
 */
public interface FsxPort {
  /**
   * DescribeFileSystems, every page: these file systems, or all of the region when {@code
   * fileSystemIds} is empty. Fails with FileSystemNotFound when a named one does not exist.
   *
   * @param fileSystemIds file system ids ({@code fs-...}); empty for every file system
   * @return the file systems, with their lifecycle, subnets, DNS and mount names
   */
  List<FileSystem> describeFileSystems(Collection<String> fileSystemIds);

  /**
   * CreateFileSystem: answers at once, with lifecycle CREATING; the file system becomes AVAILABLE
   * later (minutes). Fails with BadRequest (capacity, subnet), InvalidPerUnitStorageThroughput,
   * InvalidNetworkSettings (the security groups do not let Lustre's TCP 988 in).
   *
   * @param request the Lustre file system to create
   * @return the new file system, CREATING
   */
  FileSystem createLustreFileSystem(LustreFileSystemRequest request);

  /**
   * CreateFileSystem of type OPENZFS: answers at once, with lifecycle CREATING; AVAILABLE later.
   * Fails with BadRequest (capacity, throughput, a deployment type the region does not offer, the
   * subnets) or InvalidNetworkSettings (a subnet or group that does not exist).
   *
   * @param request the OpenZFS file system to create
   * @return the new file system, CREATING
   */
  FileSystem createOpenZfsFileSystem(OpenZfsFileSystemRequest request);

  /**
   * DeleteFileSystem: the lifecycle becomes DELETING and the file system goes away later; its data
   * is gone. FileSystemNotFound when there is none.
   *
   * @param fileSystemId the file system's id, {@code fs-} and 17 hex digits
   * @throws io.hyperpod.prereqs.spi.NotFoundException (FileSystemNotFound) when there is no such
   *     file system
   */
  void deleteFileSystem(String fileSystemId);

  /**
   * TagResource: adds or overwrites tags of a file system, by its ARN.
   *
   * @param resourceArn the file system's ARN, {@code arn:aws:fsx:REGION:ACCOUNT:file-system/fs-...}
   * @param tags the tags to set
   */
  void tagResource(String resourceArn, Map<String, String> tags);
}
