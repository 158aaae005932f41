package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Dependency edges between addresses: a stable topological order and cycle detection. */
final class DependencyGraph {
  private final Map<ResourceAddress, List<ResourceAddress>> deps = new LinkedHashMap<>();

  DependencyGraph(Map<ResourceAddress, List<ResourceAddress>> edges) {
    edges.forEach((a, d) ->
        deps.put(a, d.stream().filter(edges::containsKey).distinct().sorted().toList()));
  }

  List<ResourceAddress> dependenciesOf(ResourceAddress address) {
    return deps.getOrDefault(address, List.of());
  }

  /** Every address, dependencies first, ties broken by address order. */
  List<ResourceAddress> topologicalOrder() {
    Map<ResourceAddress, Integer> waiting = new HashMap<>();
    Map<ResourceAddress, List<ResourceAddress>> dependents = new HashMap<>();
    deps.forEach((a, d) -> {
      waiting.put(a, d.size());
      d.forEach(x -> dependents.computeIfAbsent(x, k -> new ArrayList<>()).add(a));
    });
    TreeSet<ResourceAddress> ready = new TreeSet<>();
    waiting.forEach((a, n) -> {
      if (n == 0) {
        ready.add(a);
      }
    });
    List<ResourceAddress> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      ResourceAddress next = ready.pollFirst();
      order.add(next);
      for (ResourceAddress d : dependents.getOrDefault(next, List.of())) {
        if (waiting.merge(d, -1, Integer::sum) == 0) {
          ready.add(d);
        }
      }
    }
    if (order.size() != deps.size()) {
      Collection<ResourceAddress> stuck = new TreeSet<>(deps.keySet());
      stuck.removeAll(order);
      throw new IllegalStateException("dependency cycle among " + stuck);
    }
    return order;
  }

  /** The same graph with every edge turned around: the order in which to delete. */
  DependencyGraph reversed() {
    Map<ResourceAddress, List<ResourceAddress>> rev = new LinkedHashMap<>();
    deps.keySet().forEach(a -> rev.put(a, new ArrayList<>()));
    deps.forEach((a, d) -> d.forEach(x -> rev.get(x).add(a)));
    return new DependencyGraph(rev);
  }
}
