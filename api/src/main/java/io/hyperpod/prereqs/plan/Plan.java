package io.hyperpod.prereqs.plan;

import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.internal.stack.Engine;
import io.hyperpod.prereqs.internal.engine.Fingerprint;
import io.hyperpod.prereqs.internal.spec.NameSuggester;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dry run's result, bound to the backend it was computed against. Computing it wrote nothing;
 * {@link #apply()} carries it out after re-reading the account and refusing if it moved.
 */
public final class Plan {
  private final PlanContent content;
  private final CloudBackend backend;
  private final CreateClusterRequest createClusterRequest;

  private Plan(PlanContent content, CloudBackend backend, CreateClusterRequest request) {
    this.content = Objects.requireNonNull(content, "content is null");
    this.backend = Objects.requireNonNull(backend, "backend is null");
    this.createClusterRequest = request;
  }

  /**
   * Binds plan content (computed now, or read from a saved plan file) to a backend.
   *
   * @throws io.hyperpod.prereqs.apply.PlanEditedException when the content no longer matches its
   *     fingerprint (the file was edited), naming what differs
   * @param content the plan's changes, findings and fingerprint
   * @param backend the account apply will change
   * @return a plan that can be applied; it has no CreateCluster request
   */
  public static Plan of(PlanContent content, CloudBackend backend) {
    Fingerprint.requireIntact(content);
    return new Plan(content, backend, null);
  }

  /**
   * A plan with the CreateCluster request as the account is now (for the engine).
   *
   * @param content the plan's changes, findings and fingerprint
   * @param backend the account apply will change
   * @param request the CreateCluster request as the account is now, or {@code null}
   * @return a plan that can be applied
   */
  public static Plan of(PlanContent content, CloudBackend backend, CreateClusterRequest request) {
    return new Plan(content, backend, request);
  }

  /**
   * The CreateCluster request as far as the account is set up now: ids of resources that do not
   * exist yet are left out and named in {@link CreateClusterRequest#unknownIds()}. Absent for a
   * destroy plan or a loaded plan.
   *
   * @return the request, or empty
   */
  public Optional<CreateClusterRequest> createClusterRequest() {
    return Optional.ofNullable(createClusterRequest);
  }

  /** {@return the plan's content: what a plan file holds} */
  public PlanContent content() {
    return content;
  }

  /** {@return the backend the plan was computed against and applies to} */
  public CloudBackend backend() {
    return backend;
  }

  /** {@return whether it sets the stack up or destroys it} */
  public PlanMode mode() {
    return content.mode();
  }

  /** {@return every change, in apply order, no-ops included} */
  public List<ResourceChange> changes() {
    return content.changes();
  }

  /** {@return what the checks found} */
  public List<Finding> findings() {
    return content.findings();
  }

  /** {@return the counts of changes by action} */
  public PlanSummary summary() {
    return content.summary();
  }

  /**
   * The change of the resource at {@code address} ({@code type.name}, e.g. {@code
   * iam_role.demo-execution-role}), or empty when the plan has none.
   *
   * @throws IllegalArgumentException when {@code address} is not of the form {@code type.name}
   * @param address {@code type.name}, e.g. {@code iam_role.demo-execution-role}
   * @return the change, or empty
   */
  public Optional<ResourceChange> findChange(String address) {
    ResourceAddress wanted = ResourceAddress.parse(address);
    return content.changes().stream().filter(c -> c.address().equals(wanted)).findFirst();
  }

  /**
   * The change of the resource at {@code address} ({@code type.name}).
   *
   * @throws java.util.NoSuchElementException when the plan has no change there, naming the nearest
   *     addresses it has
   * @throws IllegalArgumentException when {@code address} is not of the form {@code type.name}
   * @param address {@code type.name}, e.g. {@code s3_bucket.sagemaker-demo}
   * @return the change there
   */
  public ResourceChange change(String address) {
    return findChange(address)
        .orElseThrow(
            () -> {
              List<String> addresses =
                  content.changes().stream().map(c -> c.address().toString()).toList();
              List<String> near = NameSuggester.nearest(address, addresses, 3);
              return new java.util.NoSuchElementException(
                  "the plan has no change of "
                      + address
                      + (near.isEmpty()
                          ? " (it has no changes)"
                          : "; nearest: " + String.join(", ", near))
                      + " ("
                      + addresses.size()
                      + " changes; changes() lists them)");
            });
  }

  /**
   * The changes with one of {@code actions}, in plan order, e.g. {@code changes(CREATE, UPDATE)};
   * {@link #changes()} has them all.
   *
   * @param actions the actions to keep; none gives no change
   * @return the matching changes, in plan order
   */
  public List<ResourceChange> changes(ChangeAction... actions) {
    java.util.Set<ChangeAction> wanted =
        actions.length == 0
            ? java.util.EnumSet.noneOf(ChangeAction.class)
            : java.util.EnumSet.copyOf(List.of(actions));
    return content.changes().stream().filter(c -> wanted.contains(c.action())).toList();
  }

  /** {@return whether any change is not a no-op} */
  public boolean hasChanges() {
    return content.changes().stream().anyMatch(c -> c.action() != ChangeAction.NOOP);
  }

  /** {@return whether an error finding blocks apply} */
  public boolean hasErrors() {
    return content.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Applies the plan with default options; see {@link #apply(ApplyOptions)}.
   *
   * @return the outcome of every change
   * @throws io.hyperpod.prereqs.apply.PlanRefusedException when the plan has error findings
   * @throws io.hyperpod.prereqs.apply.StalePlanException when the account changed since the plan
   * @throws io.hyperpod.prereqs.apply.StackLockedException when another apply holds the stack's
   *     lock
   */
  public ApplyResult apply() {
    return apply(ApplyOptions.defaults());
  }

  /**
   * Re-reads the account and applies the changes, refusing when the account moved or the plan has
   * errors.
   *
   * @param options the listener, timeouts, attempts, cancellation and lock
   * @return the outcome of every change: applied, unchanged, failed or skipped
   * @throws io.hyperpod.prereqs.apply.PlanRefusedException when the plan has error findings;
   *     nothing is changed
   * @throws io.hyperpod.prereqs.apply.StalePlanException when the account changed since the plan;
   *     nothing is changed
   * @throws io.hyperpod.prereqs.apply.StackLockedException when another apply holds the stack's
   *     lock
   */
  public ApplyResult apply(ApplyOptions options) {
    return Engine.apply(this, options);
  }
}
