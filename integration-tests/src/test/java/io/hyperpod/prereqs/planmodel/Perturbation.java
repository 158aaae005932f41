package io.hyperpod.prereqs.planmodel;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.Fsx;
import io.hyperpod.prereqs.spec.ImmutableFsx;
import io.hyperpod.prereqs.spec.ImmutableFsxCreate;
import io.hyperpod.prereqs.spec.ImmutableInstanceGroup;
import io.hyperpod.prereqs.spec.ImmutableLifecycleScripts;
import io.hyperpod.prereqs.spec.ImmutableNetwork;
import io.hyperpod.prereqs.spec.ImmutableRunAs;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.RunAs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One edit of a spec that a user makes between two applies: the spec applied first ({@code base},
 * the example itself or the example with something added so that it can be taken away) and the
 * spec planned and applied next. Empty for an example it does not apply to (no FSx to change, no
 * network to restrict the bucket to).
 */
record Perturbation(String name, HyperPodPrerequisites base, HyperPodPrerequisites next) {
  @Override
  public String toString() {
    return name;
  }

  /** Every perturbation that applies to the example. */
  static List<Perturbation> of(HyperPodPrerequisites example) {
    List<Perturbation> out = new ArrayList<>();
    HyperPodPrerequisites tagged = copy(example).withTags(with(example.tags(), "probe", "on"));
    out.add(new Perturbation("add a spec tag", example, tagged));
    out.add(new Perturbation("remove a spec tag", tagged, example));

    if (example.lifecycleMode().usesScripts()) { // the ami mode creates no OS users
      HyperPodPrerequisites moreUsers = copy(example).withClusterUsers(plus(example.clusterUsers(),
          ClusterUser.iamUser("probe-user", "probeuser", 2901)));
      out.add(new Perturbation("add a cluster user", example, moreUsers));
      out.add(new Perturbation("remove a cluster user", moreUsers, example));
    }

    HyperPodPrerequisites moreAdmins = copy(example).withClusterAdmins(plus(
        example.clusterAdmins(), ClusterAdmin.of("probe-admin")));
    out.add(new Perturbation("add a cluster admin", example, moreAdmins));
    out.add(new Perturbation("remove a cluster admin", moreAdmins, example));

    HyperPodPrerequisites moreGroups = copy(example).withInstanceGroups(plus(
        example.instanceGroups(), InstanceGroup.builder().name("probe-group")
            .instanceType("ml.c5.xlarge").count(1).executionRole("probe-group-role")
            .slurm(example.instanceGroups().get(0).slurm().map(x -> io.hyperpod.prereqs.spec.SlurmSettings
                .of(io.hyperpod.prereqs.spec.SlurmNodeType.COMPUTE, "probe")))
            .build()));
    out.add(new Perturbation("add an instance group with its own role", example, moreGroups));
    out.add(new Perturbation("remove an instance group with its own role", moreGroups, example));

    List<InstanceGroup> counted = new ArrayList<>();
    example.instanceGroups().forEach(g -> counted.add(
        ImmutableInstanceGroup.copyOf(g).withCount(g.count() + 1)));
    out.add(new Perturbation("change the instance counts", example,
        copy(example).withInstanceGroups(counted)));

    example.lifecycleScripts().ifPresent(scripts ->
        out.add(new Perturbation("change the prefix", example, copy(example).withLifecycleScripts(
            ImmutableLifecycleScripts.copyOf(scripts).withPrefix(scripts.prefix() + "-v2")))));

    example.runAs().filter(RunAs::enabled).ifPresent(r -> {
      String other = example.clusterUsers().isEmpty() ? "ssm-user"
          : example.clusterUsers().get(0).osUser();
      out.add(new Perturbation("change the Run As default user", example,
          copy(example).withRunAs(ImmutableRunAs.copyOf(r).withDefaultUser(other))));
    });

    example.fsx().flatMap(Fsx::create).filter(c -> c.perUnitStorageThroughput().isPresent())
        .ifPresent(c -> out.add(new Perturbation("change the FSx throughput", example,
            copy(example).withFsx(ImmutableFsx.copyOf(example.fsx().get()).withCreate(
                ImmutableFsxCreate.copyOf(c).withPerUnitStorageThroughput(
                    c.perUnitStorageThroughput().get() == 250 ? 500 : 250))))));

    example.network().filter(Network::s3GatewayEndpoint).ifPresent(n -> {
      HyperPodPrerequisites on = withRestriction(example, n, true);
      HyperPodPrerequisites off = withRestriction(example, n, false);
      out.add(new Perturbation("turn restrictBucketToVpc on", off, on));
      out.add(new Perturbation("turn restrictBucketToVpc off", on, off));
    });
    return out;
  }

  /** The same perturbation with both specs changed alike (e.g. for what moto can hold). */
  Perturbation map(UnaryOperator<HyperPodPrerequisites> f) {
    return new Perturbation(name, f.apply(base), f.apply(next));
  }

  static HyperPodPrerequisites withRestriction(HyperPodPrerequisites spec, Network n,
      boolean restrict) {
    return copy(spec).withNetwork(ImmutableNetwork.copyOf(n).withRestrictBucketToVpc(restrict));
  }

  private static ImmutableHyperPodPrerequisites copy(HyperPodPrerequisites spec) {
    return ImmutableHyperPodPrerequisites.copyOf(spec);
  }

  private static Map<String, String> with(Map<String, String> tags, String key, String value) {
    Map<String, String> out = new LinkedHashMap<>(tags);
    out.put(key, value);
    return out;
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }
}
