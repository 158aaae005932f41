package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Something an earlier run of the stack created that the spec no longer wants, found by the stack
 * tag: already observed, planned only as a delete (or kept, when it holds user data).
 *
 * @param <O> what was observed of it
 */
public final class LeftoverResource<O> implements Resource<O> {
  private final ResourceAddress address;
  private final List<ResourceAddress> dependsOn;
  private final O observed;
  private final Map<String, Object> attributes;
  private final boolean holdsData;
  private final BiConsumer<ApplyContext, O> delete;

  private LeftoverResource(
      ResourceAddress address,
      List<ResourceAddress> dependsOn,
      O observed,
      Map<String, Object> attributes,
      boolean holdsData,
      BiConsumer<ApplyContext, O> delete) {
    this.address = address;
    this.dependsOn = List.copyOf(dependsOn);
    this.observed = observed;
    this.attributes = attributes;
    this.holdsData = holdsData;
    this.delete = delete;
  }

  /** A leftover that holds no user data. */
  public static <O> LeftoverResource<O> of(
      ResourceAddress address,
      List<ResourceAddress> dependsOn,
      O observed,
      Map<String, Object> attributes,
      BiConsumer<ApplyContext, O> delete) {
    return new LeftoverResource<>(address, dependsOn, observed, attributes, false, delete);
  }

  /** A leftover whose deletion destroys user data: kept unless destroy --delete-data. */
  public static <O> LeftoverResource<O> holdingData(
      ResourceAddress address,
      List<ResourceAddress> dependsOn,
      O observed,
      Map<String, Object> attributes,
      BiConsumer<ApplyContext, O> delete) {
    return new LeftoverResource<>(address, dependsOn, observed, attributes, true, delete);
  }

  @Override
  public ResourceAddress address() {
    return address;
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return dependsOn;
  }

  @Override
  public Optional<O> observe(ObserveContext ctx) {
    return Optional.of(observed);
  }

  @Override
  public Map<String, Object> observedAttributes(O o) {
    return attributes;
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<O> o, Diff diff, Outputs outputs, ObserveContext ctx) {
    throw new IllegalStateException(address + " is a leftover; it is only ever deleted or kept");
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.noop("gone");
  }

  @Override
  public Diff diff(O o, Outputs outputs) {
    return Diff.delete("created by this stack and no longer in the spec");
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<O> o) {
    throw new IllegalStateException(address + " is a leftover; it is only ever deleted");
  }

  @Override
  public boolean destroyable(O o) {
    return true;
  }

  @Override
  public void destroy(ApplyContext ctx, O o) {
    delete.accept(ctx, o);
  }

  @Override
  public boolean holdsData() {
    return holdsData;
  }
}
