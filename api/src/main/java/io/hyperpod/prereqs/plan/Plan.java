package io.hyperpod.prereqs.plan;

import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.internal.stack.Engine;
import io.hyperpod.prereqs.internal.engine.Fingerprint;
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
   */
  public static Plan of(PlanContent content, CloudBackend backend) {
    Fingerprint.requireIntact(content);
    return new Plan(content, backend, null);
  }

  /** A plan with the CreateCluster request as the account is now (for the engine). */
  public static Plan of(PlanContent content, CloudBackend backend, CreateClusterRequest request) {
    return new Plan(content, backend, request);
  }

  /**
   * The CreateCluster request as far as the account is set up now: ids of resources that do not
   * exist yet are left out and named in {@link CreateClusterRequest#unknownIds()}. Absent for a
   * destroy plan or a loaded plan.
   */
  public Optional<CreateClusterRequest> createClusterRequest() {
    return Optional.ofNullable(createClusterRequest);
  }

  public PlanContent content() {
    return content;
  }

  public CloudBackend backend() {
    return backend;
  }

  public PlanMode mode() {
    return content.mode();
  }

  public List<ResourceChange> changes() {
    return content.changes();
  }

  public List<Finding> findings() {
    return content.findings();
  }

  public PlanSummary summary() {
    return content.summary();
  }

  /** Whether any change is not a no-op. */
  public boolean hasChanges() {
    return content.changes().stream().anyMatch(c -> c.action() != ChangeAction.NOOP);
  }

  /** Whether an error finding blocks apply. */
  public boolean hasErrors() {
    return content.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  public ApplyResult apply() {
    return apply(ApplyOptions.defaults());
  }

  public ApplyResult apply(ApplyOptions options) {
    return Engine.apply(this, options);
  }
}
