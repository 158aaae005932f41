package io.hyperpod.prereqs.simulator.internal.fsx;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The FSx for Lustre state of one account in one region (serialised with the simulator's state):
 * file systems by id, including those being deleted until they are gone.
 */
public final class FsxStore {
  TreeMap<String, FileSystemRecord> fileSystems = new TreeMap<>();

  public Collection<FileSystemRecord> fileSystems() {
    return Collections.unmodifiableCollection(fileSystems.values());
  }

  public Optional<FileSystemRecord> fileSystem(String id) {
    return Optional.ofNullable(fileSystems.get(id));
  }

  /** The next instant after {@code now} at which a file system becomes AVAILABLE or gone. */
  public Optional<java.time.Instant> nextTransition(java.time.Instant now) {
    return fileSystems.values().stream()
        .flatMap(f -> java.util.stream.Stream.of(f.availableAt, f.goneAt))
        .filter(t -> t != null && t.isAfter(now))
        .min(java.util.Comparator.naturalOrder());
  }
}
