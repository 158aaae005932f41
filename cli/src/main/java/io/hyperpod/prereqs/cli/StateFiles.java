package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.simulator.StateFileBusyException;
import io.hyperpod.prereqs.simulator.StateFileLock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * How a CLI command gets the embedded simulator's state file: when {@code simulator serve} holds
 * it, through that server; otherwise by locking it, waiting (at most {@link #WAIT}) while another
 * command holds it, then refusing with the holder's pid and command.
 */
final class StateFiles {
  /** How long a command waits for another command to let the state file go. */
  static final Duration WAIT = Duration.ofSeconds(60);

  private static final ThreadLocal<String> COMMAND =
      ThreadLocal.withInitial(() -> "hyperpod-prereqs");

  private StateFiles() {}

  /** Names the command running on this thread (shown to those it keeps waiting). */
  static void command(String[] args) {
    COMMAND.set("hyperpod-prereqs " + String.join(" ", args));
  }

  /**
   * The state file's server, or the file locked for this command.
   *
   * @param locked what to do with the locked file (the lock is the caller's to close)
   * @param served what to do when a server holds the file: its endpoint
   */
  static <T> T take(Path stateFile, Function<StateFileLock, T> locked, Function<URI, T> served) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Optional<URI> server = StateFileLock.holder(stateFile).flatMap(StateFileLock.Holder::endpoint);
      if (server.isPresent()) {
        return served.apply(server.get());
      }
      try {
        return locked.apply(StateFileLock.acquire(stateFile, COMMAND.get()));
      } catch (StateFileBusyException e) {
        if (e.holder().endpoint().isPresent()) {
          continue;
        }
        if (System.nanoTime() > deadline) {
          throw new UserError(e.getMessage() + " (waited " + WAIT.toSeconds() + " s)");
        }
        LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
      }
    }
  }

  /** The state file locked for this command, refusing at once when anyone else has it. */
  static StateFileLock lockNow(Path stateFile) {
    try {
      return StateFileLock.acquire(stateFile, COMMAND.get());
    } catch (StateFileBusyException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Credentials for a served simulator: yours when the environment has them, else any. */
  static AwsCredentialsProvider serverCredentials() {
    if (System.getenv("AWS_ACCESS_KEY_ID") != null || System.getenv("AWS_PROFILE") != null) {
      return DefaultCredentialsProvider.create();
    }
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create("AKIAHYPERPODSIMULATOR", "hyperpod-simulator"));
  }
}
