package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.SimulatorCore;
import io.hyperpod.prereqs.simulator.internal.SimulatorState;
import io.hyperpod.prereqs.simulator.internal.StateCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * In-memory AWS: accounts (by 12-digit id) with IAM, STS and S3 (S3 bucket names shared by all
 * accounts, as in a partition) and the other services' regional state, a {@link SimClock}, a seeded
 * {@link IdGenerator}, injectable {@link FaultRule faults} and a journal of calls.
 *
 * <pre>{@code
 * AwsSimulator aws = AwsSimulator.create();
 * CloudBackend backend = aws.backend("us-west-2");            // account 123456789012, as root
 * backend.iam().createUser("alice", Map.of());
 * aws.clock().advance(Duration.ofHours(1));
 * aws.save(Path.of(".hyperpod-prereqs/simulator.json"));
 * }</pre>
 *
 * Thread-safe: any number of backends may call it in parallel.
 */
public final class AwsSimulator {
  /** The account id a backend and an unknown access key act in unless told otherwise. */
  public static final String DEFAULT_ACCOUNT = "123456789012";
  /**
   * The region of {@link #backend(String)}'s callers when none is named, as in AWS's own default.
   */
  public static final String DEFAULT_REGION = "us-east-1";
  /** The seed of {@link #create()}: the same seed gives the same ids in the same order. */
  public static final long DEFAULT_SEED = 42L;

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  private final SimulatorCore core;

  private AwsSimulator(SimulatorCore core) {
    this.core = core;
  }

  /** {@return a simulator with the default seed, its clock at {@link SimClock#DEFAULT_START}} */
  public static AwsSimulator create() {
    return create(DEFAULT_SEED);
  }

  /**
   * A simulator whose ids (role ids, VPC ids, ...) follow from this seed, its clock at {@link
   * SimClock#DEFAULT_START}.
   *
   * @param seed the id generator's seed; two simulators with one seed make the same ids
   * @return a new simulator with no accounts
   */
  public static AwsSimulator create(long seed) {
    return create(seed, SimClock.DEFAULT_START);
  }

  /**
   * A simulator whose ids follow from this seed, its clock at this instant.
   *
   * @param seed the id generator's seed; two simulators with one seed make the same ids
   * @param start the simulated clock's first instant
   * @return a new simulator with no accounts
   */
  public static AwsSimulator create(long seed, Instant start) {
    return new AwsSimulator(
        new SimulatorCore(new SimulatorState(), new SimClock(start), IdGenerator.seeded(seed)));
  }

  /**
   * {@return the simulated clock: advance it to end waits (FSx creation, quota decisions, cluster
   * creation)}
   */
  public SimClock clock() {
    return core.clock();
  }

  /** {@return the generator of this simulator's ids, seeded and restartable} */
  public IdGenerator ids() {
    return core.ids();
  }

  /** {@return the simulated Service Quotas' controls: approval policy, defaults, applied values} */
  public QuotaSettings serviceQuotas() {
    return new QuotaSettings(core);
  }

  /**
   * A backend of the default account in this region, calling as the account root.
   *
   * @param region a region name such as {@code us-west-2}
   * @return a backend acting as the root of {@value #DEFAULT_ACCOUNT}
   */
  public SimulatorBackend backend(String region) {
    return backend(DEFAULT_ACCOUNT, region);
  }

  /**
   * A backend of this account (created on first use) in this region, calling as its root.
   *
   * @param accountId a 12-digit account id
   * @param region a region name such as {@code us-west-2}
   * @return a backend acting as the account's root
   */
  public SimulatorBackend backend(String accountId, String region) {
    return backend(accountId, region, SimulatedCaller.root());
  }

  /**
   * A backend of this account in this region, calling as the given caller.
   *
   * @throws IllegalArgumentException when the account id is not 12 digits or the region not a
   *     region name such as {@code us-west-2}
   * @param accountId a 12-digit account id; the account is created on first use
   * @param region a region name such as {@code us-west-2}
   * @param caller the principal the calls are made as: the root, an IAM user or an assumed role
   * @return a backend whose calls act as {@code caller}
   */
  public SimulatorBackend backend(String accountId, String region, SimulatedCaller caller) {
    Objects.requireNonNull(caller, "caller");
    if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
      throw new IllegalArgumentException(
          "account id '" + accountId + "' must be 12 digits, e.g. " + DEFAULT_ACCOUNT);
    }
    if (region == null || !REGION.matcher(region).matches()) {
      throw new IllegalArgumentException(
          "region '" + region + "' is not a region name such as us-west-2");
    }
    core.locked(() -> core.state().account(accountId));
    return new SimulatorBackend(this, new BackendContext(core, accountId, region, caller));
  }

  /**
   * {@return the accounts that exist (every account a backend was made for, and every loaded one)}
   */
  public Set<String> accountIds() {
    return core.locked(
        () -> {
          Set<String> ids = new TreeSet<>();
          core.state().accounts().forEach(a -> ids.add(a.accountId()));
          return ids;
        });
  }

  /**
   * The next simulated instant at which something changes by itself: a file system becomes
   * AVAILABLE or is gone, a quota increase request's case opens or it is decided, a cluster
   * leaves Creating or Deleting. Empty when nothing is waiting on the clock.
   *
   * <pre>{@code
   * aws.nextScheduledChange().ifPresent(aws.clock()::advanceTo);   // the next wait is over
   * }</pre>
   *
   * @return the instant of the next change, or empty
   */
  public Optional<Instant> nextScheduledChange() {
    return core.locked(() -> core.state().nextTransition(core.clock().instant()));
  }

  /**
   * Forgets everything, as a fresh simulator of the same seed would start: no accounts, no
   * buckets, the clock at {@link SimClock#DEFAULT_START}, the ids from the beginning, no faults,
   * an empty journal. Backends made earlier see the fresh state.
   */
  public void reset() {
    core.locked(
        () -> {
          core.state().clear();
          core.clock().restart(SimClock.DEFAULT_START);
          core.ids().restart();
          core.clearFaults();
          core.clearCalls();
          return null;
        });
  }

  /**
   * Adds a fault; rules are tried in the order they were added.
   *
   * @param rule the fault to inject
   * @return this simulator
   */
  public AwsSimulator inject(FaultRule rule) {
    core.addFault(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /**
   * How an injected {@link FaultKind#LATENCY} passes: by default the simulated clock moves by it
   * (nothing sleeps); a {@link io.hyperpod.prereqs.simulator.http.SimulatorServer} makes its
   * clients wait it in wall time instead.
   *
   * @param handler called with each injected latency instead of the clock advancing
   * @return this simulator
   */
  public AwsSimulator onInjectedLatency(java.util.function.Consumer<java.time.Duration> handler) {
    core.onLatency(handler);
    return this;
  }

  /** {@return the faults that still have failures left} */
  public List<FaultRule> faults() {
    return core.faults();
  }

  /** Removes every fault rule; calls succeed or fail on their own again. */
  public void clearFaults() {
    core.clearFaults();
  }

  /** {@return the calls made so far (the most recent 100,000), oldest first} */
  public List<RecordedCall> calls() {
    return core.calls();
  }

  /** Empties the call journal {@link #calls()} returns. */
  public void clearCalls() {
    core.clearCalls();
  }

  /**
   * Calls the listener after every call, with what {@link #calls()} records of it (a refused
   * call's error code and the simulator's reason); closing the handle removes the listener.
   *
   * @param listener called with each call once it is answered
   * @return a handle whose {@code close()} removes the listener
   */
  public AutoCloseable onCall(Consumer<RecordedCall> listener) {
    return core.onCall(Objects.requireNonNull(listener, "listener"));
  }

  /** {@return the whole state, the clock's instant and the id generator's position, as JSON} */
  public String toJson() {
    return StateCodec.toJson(core);
  }

  /**
   * A simulator that continues from a {@link #toJson()} snapshot: same state, same time, the same
   * ids next. Faults and the call journal start empty.
   *
   * @throws IllegalArgumentException when the text is not a snapshot
   * @param json the text {@link #toJson()} returned
   * @return a new simulator continuing from the snapshot
   */
  public static AwsSimulator fromJson(String json) {
    return new AwsSimulator(StateCodec.fromJson(json));
  }

  /**
   * Writes {@link #toJson()} to the file atomically and durably, creating its directory: a
   * temporary file beside it is written and forced to disk, then renamed over the file (and the
   * directory forced), so that a crash leaves the old state or the new one, never a torn file.
   *
   * @param file the state file; its directory is created if missing
   * @throws UncheckedIOException when the file cannot be written
   */
  public void save(Path file) {
    Path temp = null;
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(toJson().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
      forceDirectory(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the simulator state to " + file, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the failure that brought us here is the one to report
        }
      }
    }
  }

  /** Forces a directory's entries (the rename) to disk where the platform allows it. */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every platform opens directories (Windows); the rename itself is atomic there too
    }
  }

  /**
   * Reads a file written by {@link #save(Path)}.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when it is not a snapshot
   * @param file a state file {@link #save(Path)} wrote
   * @return a new simulator continuing from the file's state
   */
  public static AwsSimulator load(Path file) {
    try {
      return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the simulator state from " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@link #load(Path)} when the file exists, otherwise a new simulator with the default seed.
   *
   * @param file the state file, which need not exist
   * @return the loaded or the new simulator
   */
  public static AwsSimulator loadOrCreate(Path file) {
    return Files.exists(file) ? load(file) : create();
  }

  @Override
  public String toString() {
    return "AwsSimulator[" + clock().instant() + ", accounts " + accountIds() + "]";
  }
}
