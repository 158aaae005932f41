package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.internal.quotas.QuotaSettingsRecord;
import io.hyperpod.prereqs.simulator.internal.s3.S3Store;
import io.hyperpod.prereqs.simulator.internal.sts.StsStore;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the simulator knows, as one Jackson-serialisable tree: the partition-wide stores (S3
 * bucket names are global across accounts) and the accounts. Guarded by the {@link SimulatorCore}'s
 * lock; read and change it only inside a call.
 */
public final class SimulatorState {
  private S3Store s3 = new S3Store();
  private StsStore sts = new StsStore();
  private TreeMap<String, AccountState> accounts = new TreeMap<>();
  private QuotaSettingsRecord quotaSettings = new QuotaSettingsRecord();

  /** S3 buckets of every account in the partition. */
  public S3Store s3() {
    return s3;
  }

  /** STS sessions of every account (access key ids are unique in the partition). */
  public StsStore sts() {
    return sts;
  }

  /** The Service Quotas settings of every account: approval policy, defaults. */
  public QuotaSettingsRecord quotaSettings() {
    return quotaSettings;
  }

  /** The account with this id, created empty on first use. */
  public AccountState account(String accountId) {
    return accounts.computeIfAbsent(accountId, AccountState::new);
  }

  public Optional<AccountState> existingAccount(String accountId) {
    return Optional.ofNullable(accounts.get(accountId));
  }

  public Collection<AccountState> accounts() {
    return Collections.unmodifiableCollection(accounts.values());
  }

  /** The next instant after {@code now} at which something changes by itself, in any region. */
  public Optional<Instant> nextTransition(Instant now) {
    return accounts.values().stream()
        .flatMap(a -> a.regions().values().stream())
        .map(r -> r.nextTransition(now))
        .flatMap(Optional::stream)
        .min(Comparator.naturalOrder());
  }

  /** Forgets everything: no accounts, no buckets, the default quota settings. */
  public void clear() {
    s3 = new S3Store();
    accounts = new TreeMap<>();
    quotaSettings = new QuotaSettingsRecord();
  }
}
