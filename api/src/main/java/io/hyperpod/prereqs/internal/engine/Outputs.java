package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.Unknown;
import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outputs (ids, ARNs, DNS names) of the resources of one run: filled from observations while
 * planning and from results while applying, read by resources that depend on them.
 */
public final class Outputs {
  private final Map<ResourceAddress, Map<String, String>> values = new ConcurrentHashMap<>();
  private final String account;
  private final String region;

  public Outputs(String account, String region) {
    this.account = account;
    this.region = region;
  }

  public String account() {
    return account;
  }

  public String region() {
    return region;
  }

  public void put(ResourceAddress address, Map<String, String> outputs) {
    values.merge(
        address,
        Map.copyOf(outputs),
        (a, b) -> {
          Map<String, String> m = new java.util.HashMap<>(a);
          m.putAll(b);
          return Map.copyOf(m);
        });
  }

  public Optional<String> get(ResourceAddress address, String key) {
    return Optional.ofNullable(values.getOrDefault(address, Map.of()).get(key));
  }

  /** The value, or {@link Unknown#VALUE} when the resource is not there yet (for a plan). */
  public Object getOrUnknown(ResourceAddress address, String key) {
    return Unknown.orUnknown(get(address, key));
  }

  /** The value; fails when a dependency did not produce it (an engine bug, not a user error). */
  public String require(ResourceAddress address, String key) {
    return get(address, key)
        .orElseThrow(
            () -> new IllegalStateException("output " + key + " of " + address + " is not known"));
  }
}
