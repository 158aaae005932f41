package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.internal.iam.IamStore;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/** One AWS account: its global services (IAM) and its regions, each created on first use. */
public final class AccountState {
  private String accountId;
  private IamStore iam = new IamStore();
  private TreeMap<String, RegionState> regions = new TreeMap<>();

  private AccountState() {}

  AccountState(String accountId) {
    this.accountId = accountId;
  }

  public String accountId() {
    return accountId;
  }

  public IamStore iam() {
    return iam;
  }

  /** The region's state, created empty on first use. */
  public RegionState region(String region) {
    return regions.computeIfAbsent(region, r -> new RegionState());
  }

  public NavigableMap<String, RegionState> regions() {
    return Collections.unmodifiableNavigableMap(regions);
  }
}
