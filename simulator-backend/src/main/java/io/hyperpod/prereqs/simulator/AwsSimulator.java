package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.SimulatorCore;
import io.hyperpod.prereqs.simulator.internal.SimulatorState;
import io.hyperpod.prereqs.simulator.internal.StateCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
  public static final String DEFAULT_ACCOUNT = "123456789012";
  public static final String DEFAULT_REGION = "us-east-1";
  public static final long DEFAULT_SEED = 42L;

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  private final SimulatorCore core;

  private AwsSimulator(SimulatorCore core) {
    this.core = core;
  }

  /** A simulator with the default seed, its clock at {@link SimClock#DEFAULT_START}. */
  public static AwsSimulator create() {
    return create(DEFAULT_SEED);
  }

  public static AwsSimulator create(long seed) {
    return create(seed, SimClock.DEFAULT_START);
  }

  public static AwsSimulator create(long seed, Instant start) {
    return new AwsSimulator(
        new SimulatorCore(new SimulatorState(), new SimClock(start), IdGenerator.seeded(seed)));
  }

  public SimClock clock() {
    return core.clock();
  }

  public IdGenerator ids() {
    return core.ids();
  }

  /** The simulated Service Quotas' controls: approval policy, defaults, applied values. */
  public QuotaSettings serviceQuotas() {
    return new QuotaSettings(core);
  }

  /** A backend of the default account in this region, calling as the account root. */
  public SimulatorBackend backend(String region) {
    return backend(DEFAULT_ACCOUNT, region);
  }

  /** A backend of this account (created on first use) in this region, calling as its root. */
  public SimulatorBackend backend(String accountId, String region) {
    return backend(accountId, region, SimulatedCaller.root());
  }

  /**
   * A backend of this account in this region, calling as the given caller.
   *
   * @throws IllegalArgumentException when the account id is not 12 digits or the region not a
   *     region name such as {@code us-west-2}
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

  /** The accounts that exist (every account a backend was made for, and every loaded one). */
  public Set<String> accountIds() {
    return core.locked(
        () -> {
          Set<String> ids = new TreeSet<>();
          core.state().accounts().forEach(a -> ids.add(a.accountId()));
          return ids;
        });
  }

  /** Adds a fault; rules are tried in the order they were added. */
  public AwsSimulator inject(FaultRule rule) {
    core.addFault(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /** The faults that still have failures left. */
  public List<FaultRule> faults() {
    return core.faults();
  }

  public void clearFaults() {
    core.clearFaults();
  }

  /** The calls made so far (the most recent 100,000), oldest first. */
  public List<RecordedCall> calls() {
    return core.calls();
  }

  public void clearCalls() {
    core.clearCalls();
  }

  /**
   * Calls the listener after every call, with what {@link #calls()} records of it (a refused
   * call's error code and the simulator's reason); closing the handle removes the listener.
   */
  public AutoCloseable onCall(Consumer<RecordedCall> listener) {
    return core.onCall(Objects.requireNonNull(listener, "listener"));
  }

  /** The whole state, the clock's instant and the id generator's position, as JSON. */
  public String toJson() {
    return StateCodec.toJson(core);
  }

  /**
   * A simulator that continues from a {@link #toJson()} snapshot: same state, same time, the same
   * ids next. Faults and the call journal start empty.
   *
   * @throws IllegalArgumentException when the text is not a snapshot
   */
  public static AwsSimulator fromJson(String json) {
    return new AwsSimulator(StateCodec.fromJson(json));
  }

  /** Writes {@link #toJson()} to the file (atomically), creating its directory. */
  public void save(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
      Files.writeString(temp, toJson(), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the simulator state to " + file, e);
    }
  }

  /**
   * Reads a file written by {@link #save(Path)}.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when it is not a snapshot
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

  /** {@link #load(Path)} when the file exists, otherwise a new simulator with the default seed. */
  public static AwsSimulator loadOrCreate(Path file) {
    return Files.exists(file) ? load(file) : create();
  }

  @Override
  public String toString() {
    return "AwsSimulator[" + clock().instant() + ", accounts " + accountIds() + "]";
  }
}
