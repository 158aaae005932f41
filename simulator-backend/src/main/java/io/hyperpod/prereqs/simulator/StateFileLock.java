package io.hyperpod.prereqs.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The one writer of a simulator state file: an operating-system lock on {@code FILE.lock} beside
 * it, held while a CLI command or {@code simulator serve} has the state loaded, with the holder's
 * pid, command and (for a server) endpoint written in it. The lock goes with its process, so a
 * killed holder leaves nothing to clean up; a second writer (in this JVM or another) is refused with
 * {@link StateFileBusyException} naming the holder.
 *
 * <pre>{@code
 * try (StateFileLock lock = StateFileLock.acquire(state, "apply full.yaml")) {
 *   AwsSimulator aws = AwsSimulator.loadOrCreate(state);
 *   ...
 *   aws.save(state);
 * }
 * }</pre>
 */
public final class StateFileLock implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path lockFile;
  private final FileChannel channel;
  private final FileLock lock;
  private final String command;

  private StateFileLock(Path lockFile, FileChannel channel, FileLock lock, String command) {
    this.lockFile = lockFile;
    this.channel = channel;
    this.lock = lock;
    this.command = command;
  }

  /** Who holds a state file. */
  public static final class Holder {
    private final long pid;
    private final String command;
    private final URI endpoint;

    Holder(long pid, String command, URI endpoint) {
      this.pid = pid;
      this.command = command;
      this.endpoint = endpoint;
    }

    /** {@return the process id (0 when the holder has not written it yet)} */
    public long pid() {
      return pid;
    }

    /** {@return what holds the file, as the holder named it, e.g. {@code simulator serve}} */
    public String command() {
      return command;
    }

    /** {@return the admin and AWS endpoint of a {@code simulator serve} holder} */
    public Optional<URI> endpoint() {
      return Optional.ofNullable(endpoint);
    }

    @Override
    public String toString() {
      return (pid == 0 ? "a process that is starting" : "pid " + pid)
          + (command.isEmpty() ? "" : " (" + command + ")")
          + (endpoint == null ? "" : " serving " + endpoint);
    }
  }

  /**
   * The lock file of a state file: {@code FILE.lock} beside it.
   *
   * @param stateFile the simulator state file, e.g. {@code .hyperpod-prereqs/simulator.json}
   * @return the absolute path of its lock file
   */
  public static Path lockFileOf(Path stateFile) {
    Path absolute = stateFile.toAbsolutePath();
    return absolute.resolveSibling(absolute.getFileName() + ".lock");
  }

  /**
   * Takes the state file for this process.
   *
   * @param command what holds it, shown to others who are refused (e.g. {@code apply full.yaml})
   * @throws StateFileBusyException when another process (or another holder in this JVM) has it
   * @throws UncheckedIOException when the lock file cannot be made
   * @param stateFile the simulator state file to hold
   * @return the lock; closing it releases the file
   */
  public static StateFileLock acquire(Path stateFile, String command) {
    Path lockFile = lockFileOf(stateFile);
    FileChannel channel = null;
    try {
      Files.createDirectories(lockFile.getParent());
      channel =
          FileChannel.open(
              lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new StateFileBusyException(stateFile, read(lockFile));
      }
      StateFileLock held = new StateFileLock(lockFile, channel, lock, command);
      held.write(null);
      return held;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock the simulator state " + stateFile, e);
    }
  }

  /**
   * Who holds the state file now, if anyone.
   *
   * @param stateFile the simulator state file
   * @return the holder, or empty when no process holds the file
   */
  public static Optional<Holder> holder(Path stateFile) {
    Path lockFile = lockFileOf(stateFile);
    if (!Files.exists(lockFile)) {
      return Optional.empty();
    }
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock probe;
      try {
        probe = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        probe = null;
      }
      if (probe != null) {
        probe.release();
        return Optional.empty();
      }
      return Optional.of(read(lockFile));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Records the endpoint of the server that holds the file, for CLI commands to talk to.
   *
   * @param endpoint the server's base URL, e.g. {@code http://127.0.0.1:4566}
   * @throws UncheckedIOException when the lock file cannot be written
   */
  public void endpoint(URI endpoint) {
    try {
      write(endpoint);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + lockFile, e);
    }
  }

  /** Lets the state file go. */
  @Override
  public void close() {
    try {
      channel.truncate(0);
      lock.release();
    } catch (IOException e) {
      // the lock goes with the channel
    } finally {
      closeQuietly(channel);
    }
  }

  private void write(URI endpoint) throws IOException {
    ObjectNode record = JSON.createObjectNode();
    record.put("pid", ProcessHandle.current().pid());
    record.put("command", command);
    if (endpoint != null) {
      record.put("endpoint", endpoint.toString());
    }
    byte[] bytes = record.toString().getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(bytes), 0);
    channel.force(true);
  }

  private static Holder read(Path lockFile) {
    try {
      String text = Files.readString(lockFile, StandardCharsets.UTF_8);
      JsonNode record = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
      String endpoint = record.path("endpoint").asText("");
      return new Holder(
          record.path("pid").asLong(0),
          record.path("command").asText(""),
          endpoint.isEmpty() ? null : URI.create(endpoint));
    } catch (IOException | IllegalArgumentException e) {
      return new Holder(0, "", null);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing more to do
      }
    }
  }
}
