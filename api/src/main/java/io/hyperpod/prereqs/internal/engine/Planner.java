package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.PlanMode;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.spec.InvalidSpecException;
import io.hyperpod.prereqs.spec.SpecProblem;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.account.CallerIdentity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Spec to plan: validate, bind to the account, compile the desired resources, observe them
 * through the backend (read-only), diff, and run the checks.
 */
public final class Planner {
  private static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::id)
          .thenComparing(f -> f.address().map(Object::toString).orElse(""))
          .thenComparing(Finding::message);

  private final List<StackComponent> components;

  public Planner(List<StackComponent> components) {
    this.components = components;
  }

  public Planning plan(HyperPodPrerequisites spec, CloudBackend backend, PlanMode mode,
      boolean deleteData, boolean overwriteForeignObjects) {
    List<SpecProblem> problems = spec.validate();
    if (!problems.isEmpty()) {
      throw new InvalidSpecException("the spec", problems);
    }
    CallerIdentity caller = backend.account().callerIdentity();
    String region = backend.account().region();
    StackModel model = new StackModel(spec, caller.account(), region, caller.arn())
        .overwritingForeignObjects(overwriteForeignObjects);
    ObserveContext ctx = new ObserveContext(backend, caller);
    Outputs outputs = new Outputs(caller.account(), region);

    List<Finding> guard = guard(spec, caller, region);
    if (!guard.isEmpty()) {
      PlanContent content = content(model, mode, deleteData, List.of(), guard);
      return new Planning(content, model, Map.of(), Map.of(), Map.of(), outputs, ctx);
    }

    Map<ResourceAddress, Resource<?>> resources = new LinkedHashMap<>();
    for (StackComponent c : components) {
      for (Resource<?> r : c.resources(model)) {
        if (resources.putIfAbsent(r.address(), r) != null) {
          throw new IllegalStateException("two resources have the address " + r.address());
        }
      }
    }
    Set<ResourceAddress> wanted = Set.copyOf(resources.keySet());
    // One read pass: the prefetches of the components' checks (which only a plan to apply runs)
    // first, so that they overlap the observations.
    List<Object> reads = new ArrayList<>();
    if (mode == PlanMode.APPLY) {
      components.forEach(c -> reads.addAll(c.prefetches(model, ctx)));
    }
    reads.addAll(resources.keySet());
    Map<Object, Optional<?>> read =
        ConcurrentReads.<Object, Optional<?>>readAll(reads, backend.readConcurrency(),
            k -> k instanceof Runnable prefetch ? prefetched(prefetch)
                : resources.get((ResourceAddress) k).observe(ctx));
    Map<ResourceAddress, Optional<?>> observed = new LinkedHashMap<>();
    resources.keySet().forEach(a -> observed.put(a, read.get(a)));

    Set<ResourceAddress> leftovers = new HashSet<>();
    for (StackComponent c : components) {
      for (Resource<?> r : c.leftovers(model, ctx, wanted)) {
        if (!resources.containsKey(r.address())) {
          resources.put(r.address(), r);
          observed.put(r.address(), r.observe(ctx));
          leftovers.add(r.address());
        }
      }
    }
    observed.forEach((a, o) -> o.ifPresent(v -> outputs.put(a, outputsOf(resources.get(a), v))));

    DependencyGraph graph = graph(resources);
    Map<ResourceAddress, Diff> diffs = new LinkedHashMap<>();
    for (ResourceAddress a : graph.topologicalOrder()) {
      Optional<Diff> d = mode == PlanMode.APPLY
          ? applyDiff(resources.get(a), observed.get(a), outputs, leftovers.contains(a))
          : destroyDiff(resources.get(a), observed.get(a), deleteData);
      d.ifPresent(x -> diffs.put(a, x));
    }
    Set<ResourceAddress> dataKept = new HashSet<>();
    diffs.forEach((a, d) -> {
      boolean kept = resources.get(a).holdsData() && observed.get(a).isPresent()
          && d.action() == ChangeAction.NOOP && destroyableOf(resources.get(a),
              observed.get(a).get());
      if (kept && (mode == PlanMode.DESTROY ? !deleteData : leftovers.contains(a))) {
        dataKept.add(a);
      }
    });
    List<Finding> kept = keepWhatDataNeeds(dataKept, diffs, graph);

    List<ResourceChange> changes = changes(resources, observed, diffs, outputs, graph, ctx);
    List<Finding> findings = new ArrayList<>(kept);
    if (mode == PlanMode.APPLY) {
      Observations observations = new Observations(observed);
      resources.forEach((a, r) -> {
        if (!leftovers.contains(a)) {
          findings.addAll(findingsOf(r, ctx, observed.get(a), outputs));
        }
      });
      components.forEach(c -> findings.addAll(c.check(model, ctx, observations)));
    } else {
      resources.forEach((a, r) -> observed.get(a).ifPresent(
          o -> findings.addAll(destroyFindingsOf(r, o))));
    }
    PlanContent content = content(model, mode, deleteData, changes, findings);
    return new Planning(content, model, resources, observed, diffs, outputs, ctx);
  }

  private static Optional<?> prefetched(Runnable prefetch) {
    try {
      prefetch.run();
    } catch (RuntimeException e) {
      // forgotten: the read's own use tries again and reports it (StackComponent#prefetches)
    }
    return Optional.empty();
  }

  private static List<Finding> guard(HyperPodPrerequisites spec, CallerIdentity caller,
      String region) {
    List<Finding> out = new ArrayList<>();
    spec.account().filter(a -> !a.equals(caller.account())).ifPresent(a -> out.add(
        Finding.error("account.mismatch", null,
            "the spec is for account " + a + " but the credentials belong to account "
                + caller.account() + " (" + caller.arn() + ")",
            "use credentials (--profile) of account " + a + ", or change `account` in the spec")));
    if (!spec.region().equals(region)) {
      out.add(Finding.error("region.mismatch", null,
          "the spec is for region " + spec.region() + " but the backend works in " + region,
          "run with --region " + spec.region() + ", or change `region` in the spec"));
    }
    return out;
  }

  private static Optional<Diff> applyDiff(Resource<?> r, Optional<?> o, Outputs outputs,
      boolean leftover) {
    if (leftover) {
      return o.map(v -> !destroyableOf(r, v) ? Diff.noop(keptReasonOf(r, v)) : r.holdsData()
          ? Diff.noop("no longer in the spec, but holds user data: kept (destroy --delete-data"
              + " deletes it)")
          : Diff.delete("created by this stack and no longer in the spec"));
    }
    return Optional.of(o.isPresent() ? diffOf(r, o.get(), outputs) : r.diffMissing(outputs));
  }

  private static Optional<Diff> destroyDiff(Resource<?> r, Optional<?> o, boolean deleteData) {
    if (o.isEmpty()) {
      return Optional.of(Diff.noop("does not exist"));
    }
    if (!destroyableOf(r, o.get())) {
      return Optional.of(Diff.noop(keptReasonOf(r, o.get())));
    }
    if (r.holdsData() && !deleteData) {
      return Optional.of(Diff.noop("holds user data; kept (destroy --delete-data deletes it)"));
    }
    return Optional.of(Diff.delete("created by this stack"));
  }

  /**
   * A resource that holds user data and stays (destroy without --delete-data, or no longer in the
   * spec) keeps everything it depends on, transitively: the subnet and security group of a file
   * system, and their VPC. Each one kept is an info finding that says how to delete it.
   */
  private static List<Finding> keepWhatDataNeeds(Set<ResourceAddress> dataKept,
      Map<ResourceAddress, Diff> diffs, DependencyGraph graph) {
    List<Finding> findings = new ArrayList<>();
    for (ResourceAddress kept : new TreeSet<>(dataKept)) {
      List<ResourceAddress> alsoKept = new ArrayList<>();
      Deque<ResourceAddress> todo = new ArrayDeque<>(graph.dependenciesOf(kept));
      Set<ResourceAddress> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        ResourceAddress a = todo.pop();
        if (!seen.add(a)) {
          continue;
        }
        Diff d = diffs.get(a);
        if (d != null && d.action() == ChangeAction.DELETE) {
          diffs.put(a, Diff.noop("kept: " + kept + " holds user data and needs it"));
          alsoKept.add(a);
        }
        todo.addAll(graph.dependenciesOf(a));
      }
      findings.add(Finding.info(
          "data.kept",
          kept,
          kept + " holds user data and is kept" + (alsoKept.isEmpty() ? ""
              : ", with what it needs: " + alsoKept.stream().sorted().map(Object::toString)
                  .collect(Collectors.joining(", "))),
          "destroy --delete-data deletes it (its data is lost)"));
    }
    return findings;
  }

  private static List<ResourceChange> changes(Map<ResourceAddress, Resource<?>> resources,
      Map<ResourceAddress, Optional<?>> observed, Map<ResourceAddress, Diff> diffs,
      Outputs outputs, DependencyGraph graph, ObserveContext ctx) {
    Set<ResourceAddress> deletes = new HashSet<>();
    diffs.forEach((a, d) -> {
      if (d.action() == ChangeAction.DELETE) {
        deletes.add(a);
      }
    });
    DependencyGraph reversed = graph.reversed();
    List<ResourceChange> out = new ArrayList<>();
    diffs.forEach((a, d) -> {
      List<ResourceAddress> deps = d.action() == ChangeAction.DELETE
          ? reversed.dependenciesOf(a).stream().filter(deletes::contains).toList()
          : graph.dependenciesOf(a).stream().filter(x -> diffs.containsKey(x)
              && !deletes.contains(x)).toList();
      out.add(ChangeStates.of(resources.get(a), observed.get(a), d, outputs, ctx)
          .reason(d.reason()).dependsOn(deps).build());
    });
    out.sort(Comparator.comparing(ResourceChange::address));
    return out;
  }

  private PlanContent content(StackModel model, PlanMode mode, boolean deleteData,
      List<ResourceChange> changes, List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(FINDING_ORDER);
    return Fingerprint.bind(PlanContent.builder()
        .stack(model.stack())
        .region(model.region())
        .account(model.account())
        .mode(mode)
        .deleteData(deleteData)
        .overwriteForeignObjects(model.overwriteForeignObjects())
        .changes(changes)
        .findings(sorted)
        .fingerprint("")
        .spec(model.spec())
        .build());
  }

  private static DependencyGraph graph(Map<ResourceAddress, Resource<?>> resources) {
    Map<ResourceAddress, List<ResourceAddress>> edges = new LinkedHashMap<>();
    resources.forEach((a, r) -> edges.put(a, r.dependsOn()));
    return new DependencyGraph(edges);
  }

  // The resources are heterogeneous; these helpers recover the type each one declared.

  @SuppressWarnings("unchecked")
  static <O> Map<String, String> outputsOf(Resource<O> r, Object observed) {
    return r.outputs((O) observed);
  }

  @SuppressWarnings("unchecked")
  private static <O> Diff diffOf(Resource<O> r, Object observed, Outputs outputs) {
    return r.diff((O) observed, outputs);
  }

  @SuppressWarnings("unchecked")
  private static <O> boolean destroyableOf(Resource<O> r, Object observed) {
    return r.destroyable((O) observed);
  }

  @SuppressWarnings("unchecked")
  private static <O> String keptReasonOf(Resource<O> r, Object observed) {
    return r.keptReason((O) observed);
  }

  @SuppressWarnings("unchecked")
  private static <O> List<Finding> destroyFindingsOf(Resource<O> r, Object observed) {
    return r.destroyFindings((O) observed);
  }

  @SuppressWarnings("unchecked")
  private static <O> List<Finding> findingsOf(Resource<O> r, ObserveContext ctx,
      Optional<?> observed, Outputs outputs) {
    return r.findings(ctx, (Optional<O>) observed, outputs);
  }
}
