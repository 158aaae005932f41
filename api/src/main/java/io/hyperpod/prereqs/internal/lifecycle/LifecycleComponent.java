package io.hyperpod.prereqs.internal.lifecycle;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableOrchestrator;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmOrchestrator;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableLifeCycleConfig;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.kms.InstanceStorage;
import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.ClusterSettings;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleMode;
import io.hyperpod.prereqs.spec.SlurmConfigStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle scripts: the {@code sagemaker-} bucket, the generated files of the lifecycle mode
 * under the prefix (none in {@code ami}), and the instance groups of the CreateCluster request
 * with their {@code LifeCycleConfig} and {@code SlurmConfig}, and the Slurm orchestrator's
 * settings.
 */
public final class LifecycleComponent implements StackComponent {
  /** Uids below this belong to system accounts on the HyperPod images. */
  static final int FIRST_REGULAR_UID = 1000;

  @Override
  public List<Resource<?>> resources(StackModel model) {
    List<Resource<?>> out = new ArrayList<>();
    if (!model.lifecycleMode().usesScripts()) {
      return out;
    }
    out.add(new BucketResource(model));
    LifecycleFiles.of(model.lifecycleMode())
        .forEach(f -> out.add(new LifecycleObjectResource(model, f)));
    boolean restricted = model.spec().network()
        .map(n -> n.restrictBucketToVpc() && n.s3GatewayEndpoint()).orElse(false);
    if (restricted) {
      out.add(new BucketPolicyResource(model));
    }
    return out;
  }

  /** The stack's VPC-only statement in the bucket policy, once the spec no longer asks for it. */
  @Override
  public List<Resource<?>> leftovers(
      StackModel model, ObserveContext ctx, Set<ResourceAddress> wanted) {
    if (!model.lifecycleMode().usesScripts()) {
      return List.of();
    }
    BucketPolicyResource policy = new BucketPolicyResource(model);
    if (wanted.contains(policy.address()) || policy.observe(ctx).isEmpty()) {
      return List.of();
    }
    return List.of(policy);
  }

  @Override
  public List<Finding> check(StackModel model, ObserveContext ctx, Observations observations) {
    List<Finding> out = new ArrayList<>(refusedOnNodes(model.spec().clusterUsers()));
    for (ClusterUser u : model.spec().clusterUsers()) {
      if (u.uid() < FIRST_REGULAR_UID) {
        out.add(Finding.warning(
            "users.uid-system-range",
            null,
            "OS user '" + u.osUser() + "' has uid " + u.uid()
                + ", in the range of system accounts on the HyperPod images; add_users.sh skips"
                + " a uid that is taken, and the user would then not exist on the nodes",
            "use a uid of 1000 or more (the samples start at 2001)"));
      }
    }
    return out;
  }

  /**
   * What the nodes would refuse of the shared_users.txt apply would upload, by the rule verify
   * and the simulator's oracle apply ({@link SharedUsers}): an error for each, naming the field.
   */
  static List<Finding> refusedOnNodes(List<ClusterUser> users) {
    List<Finding> out = new ArrayList<>();
    for (SharedUsers.Refusal r : SharedUsers.parse(LifecycleFiles.sharedUsers(users)).refusals()) {
      int i = r.line() - 1;
      ClusterUser u = users.get(i);
      boolean name = r.field() == SharedUsers.Field.NAME;
      String field = "clusterUsers[" + i + "]." + (name ? "osUser" : "uid");
      out.add(Finding.error(
          "users.refused-on-nodes",
          null,
          field + " " + (name ? u.osUser() : Long.toString(u.uid())) + ": "
              + r.message().replaceFirst("^line \\d+: ", "")
              + "; add_users.sh fails on it, and verify would fail lifecycle.shared-users",
          name
              ? "give clusterUsers[" + i + "] a personal osUser (a session as an image user such"
                  + " as ubuntu has root through sudo)"
              : "give clusterUsers[" + i + "] a uid of 1001 or more that no other user has"
                  + " (the samples start at 2001)"));
    }
    return out;
  }

  @Override
  public void describeCluster(
      StackModel model, Outputs outputs, ImmutableCreateClusterRequest.Builder request) {
    request.clusterName(model.stack());
    LifecycleMode mode = model.lifecycleMode();
    Optional<CreateClusterRequest.LifeCycleConfig> lifecycle =
        LifecycleFiles.entryScript(mode).map(script -> {
          ImmutableLifeCycleConfig.Builder b = ImmutableLifeCycleConfig.builder()
              .sourceS3Uri(model.lifecycleScripts().sourceS3Uri());
          return (mode == LifecycleMode.EXTENSION ? b.onInitComplete(script) : b.onCreate(script))
              .build();
        });
    boolean apiDriven = false;
    int index = 0;
    for (InstanceGroup g : model.instanceGroups()) {
      apiDriven |= g.slurm().isPresent();
      request.addInstanceGroups(ImmutableInstanceGroupSpec.builder()
          .instanceGroupName(g.name())
          .instanceType(g.instanceType())
          .instanceCount(g.count())
          .executionRole(model.roleArn(model.executionRoleName(g)))
          .lifeCycleConfig(lifecycle)
          .threadsPerCore(g.threadsPerCore().orElse(1))
          .onStartDeepHealthChecks(g.onStartDeepHealthChecks().stream()
              .map(io.hyperpod.prereqs.spec.DeepHealthCheck::value).toList())
          .trainingPlanArn(g.trainingPlanArn())
          .slurmConfig(g.slurm().map(s -> ImmutableSlurmConfig.builder()
              .nodeType(s.nodeType().value())
              .partitionNames(s.partitions())
              .build()))
          .instanceStorageConfigs(InstanceStorage.configs(model, g, index++, outputs, request))
          .build());
    }
    model.spec().cluster().ifPresent(c -> {
      c.nodeRecovery().ifPresent(v -> request.nodeRecovery(v.value()));
      c.nodeProvisioningMode().ifPresent(v -> request.nodeProvisioningMode(v.value()));
      c.clusterRole().ifPresent(r -> request.clusterRole(model.roleArn(r)));
    });
    if (apiDriven) {
      SlurmConfigStrategy strategy = model.spec().cluster()
          .flatMap(ClusterSettings::slurmConfigStrategy).orElse(SlurmConfigStrategy.MANAGED);
      request.orchestrator(ImmutableOrchestrator.builder()
          .slurm(ImmutableSlurmOrchestrator.builder().slurmConfigStrategy(strategy.value()).build())
          .build());
    }
  }
}
