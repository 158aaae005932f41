package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.Map;
import java.util.Optional;

/** What planning observed of each resource, by address (absent: it does not exist). */
public final class Observations {
  private final Map<ResourceAddress, Optional<?>> observed;

  Observations(Map<ResourceAddress, Optional<?>> observed) {
    this.observed = Map.copyOf(observed);
  }

  /** The observed value of a resource, typed by the caller who knows its kind. */
  @SuppressWarnings("unchecked")
  public <O> Optional<O> get(ResourceAddress address) {
    return (Optional<O>) observed.getOrDefault(address, Optional.empty());
  }

  public boolean exists(ResourceAddress address) {
    return get(address).isPresent();
  }
}
