package io.hyperpod.prereqs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.internal.SpecStyle;
import io.hyperpod.prereqs.internal.stack.Engine;
import io.hyperpod.prereqs.internal.spec.SpecCodec;
import io.hyperpod.prereqs.internal.spec.SpecValidator;
import io.hyperpod.prereqs.internal.toolpolicy.ToolPolicy;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import io.hyperpod.prereqs.spec.ClusterSettings;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.Fsx;
import io.hyperpod.prereqs.spec.OpenZfs;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleMode;
import io.hyperpod.prereqs.spec.LifecycleScripts;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.Quotas;
import io.hyperpod.prereqs.spec.RunAs;
import io.hyperpod.prereqs.spec.SpecBuilder;
import io.hyperpod.prereqs.spec.SpecProblem;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The whole description of one HyperPod setup (the spec file, docs/spec.schema.json): pure data. Build it
 * with {@link #builder()} or load it with {@link #load(Path)}, then {@link #plan(CloudBackend)}.
 */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableHyperPodPrerequisites.class)
@JsonDeserialize(as = ImmutableHyperPodPrerequisites.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "apiVersion", "stack", "account", "region", "tags", "clusterAdmins", "clusterUsers",
  "cluster", "instanceGroups", "quotas", "network", "fsx", "openZfs", "runAs", "lifecycleScripts"
})
public interface HyperPodPrerequisites {
  /** The spec format's version, the value of the spec's {@code apiVersion} key. */
  String API_VERSION = "hyperpod-prereqs/v1";

  /** The tag every resource the tool creates carries: {@code hyperpod-prereqs:stack=<stack>}. */
  String STACK_TAG = "hyperpod-prereqs:stack";

  /** {@return the spec format: {@code hyperpod-prereqs/v1}, the only one so far} */
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  /** {@return {@code [a-z][a-z0-9-]{0,31}}: names and tags what the tool owns} */
  String stack();

  /**
   * {@return the 12-digit account the spec is for; when set, a plan of another account has the error
   * {@code account.mismatch}}
   */
  Optional<String> account();

  /** {@return the AWS region of the stack, e.g. {@code us-west-2}} */
  String region();

  /** {@return extra tags put on everything the stack creates} */
  Map<String, String> tags();

  /** {@return the people who create and manage clusters (spec key {@code clusterAdmins})} */
  List<ClusterAdmin> clusterAdmins();

  /** {@return the people who connect to the nodes through SSM (spec key {@code clusterUsers})} */
  List<ClusterUser> clusterUsers();

  /** {@return the cluster-wide fields: lifecycle mode and Slurm configuration strategy} */
  Optional<ClusterSettings> cluster();

  /** {@return the cluster's instance groups, at least one (spec key {@code instanceGroups})} */
  List<InstanceGroup> instanceGroups();

  /** {@return how to treat quota shortfalls; absent reports them only} */
  Optional<Quotas> quotas();

  /** {@return a custom VPC; absent uses the SageMaker platform VPC (then no FSx)} */
  Optional<Network> network();

  /** {@return FSx for Lustre for {@code /fsx}; needs {@link #network()}} */
  Optional<Fsx> fsx();

  /** {@return FSx for OpenZFS (NFS, {@code /home} by default), adopted or created} */
  Optional<OpenZfs> openZfs();

  /** {@return SSM Session Manager "Run As" for the cluster users} */
  Optional<RunAs> runAs();

  /**
   * {@return where the lifecycle scripts go; required unless {@code cluster.lifecycleMode} is
   * {@code ami}}
   */
  Optional<LifecycleScripts> lifecycleScripts();

  /** {@return the lifecycle mode: {@code cluster.lifecycleMode}, {@code custom} when absent} */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  default LifecycleMode lifecycleMode() {
    return cluster().map(ClusterSettings::lifecycleMode).orElse(LifecycleMode.CUSTOM);
  }

  /**
   * A new builder, e.g. {@code builder().stack("ml").region("us-west-2").addClusterAdmin(a ->
   * a.iamUser("alice")).lifecycleScripts(l -> l.bucket("sagemaker-ml")).build()}; {@code build()}
   * names each required field left unset as a spec problem.
   *
   * @return a new builder with no field set
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this spec's fields, to build a changed copy} */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** {@return every problem of this spec, none when it is valid; never calls a backend} */
  default List<SpecProblem> validate() {
    return SpecValidator.validate(this);
  }

  /**
   * Reads the account through the backend and computes the changes; writes nothing.
   *
   * @param backend the account to read: {@code AwsBackend} or the simulator's backend
   * @return the plan: the changes in dependency order, the findings, and the CreateCluster request
   * @throws io.hyperpod.prereqs.spi.CloudException when a read fails (access denied, throttled
   *     after the retries, ...)
   */
  default Plan plan(CloudBackend backend) {
    return Engine.plan(this, backend);
  }

  /**
   * {@link #plan(CloudBackend)} with options, e.g. to let apply replace lifecycle files the stack
   * did not write ({@link io.hyperpod.prereqs.plan.PlanOptions#overwriteForeignObjects()}).
   *
   * @param backend the account to read
   * @param options the plan's options; {@code PlanOptions.defaults()} is what {@link
   *     #plan(CloudBackend)} uses
   * @return the plan of the changes and its findings
   * @throws io.hyperpod.prereqs.spi.CloudException when a read fails
   */
  default Plan plan(CloudBackend backend, io.hyperpod.prereqs.plan.PlanOptions options) {
    return Engine.plan(this, backend, options);
  }

  /**
   * Plans the removal of what this stack created (adopted resources stay).
   *
   * @param backend the account to read
   * @return a destroy plan that keeps the FSx file system; apply it to remove the rest
   * @throws io.hyperpod.prereqs.spi.CloudException when a read fails
   */
  default Plan planDestroy(CloudBackend backend) {
    return Engine.planDestroy(this, backend, false);
  }

  /**
   * Plans the removal of what this stack created; with {@code deleteData} also of what holds user
   * data (the FSx file system), which is otherwise kept with what it needs.
   *
   * @param backend the account to read
   * @param deleteData {@code true} to delete the FSx file system too
   * @return a destroy plan; apply it to remove the resources
   * @throws io.hyperpod.prereqs.spi.CloudException when a read fails
   */
  default Plan planDestroy(CloudBackend backend, boolean deleteData) {
    return Engine.planDestroy(this, backend, deleteData);
  }

  /**
   * The least-privilege IAM policy (JSON) for whoever runs plan, apply and destroy of this spec:
   * the stack's users, roles and policies, its lifecycle bucket and scripts, and the EC2, FSx,
   * SSM and Service Quotas actions the spec's sections need. Computed from the spec alone.
   *
   * @return the policy document as JSON text, ready for {@code aws iam create-policy
   *     --policy-document}
   */
  default String toolPolicy() {
    return ToolPolicy.document(this);
  }

  /**
   * Whether the account is ready for the cluster: reads the account (never writes) and checks
   * each requirement of HyperPod for this spec's CreateCluster request, and whether each admin
   * may create the cluster and pass its roles and each cluster user may start a session as its
   * OS user. Works on any backend.
   *
   * @param backend the account to check
   * @return the report: one result per requirement, each passed, failed or not checked, with why
   * @throws io.hyperpod.prereqs.spi.CloudException when a read fails
   */
  default io.hyperpod.prereqs.readiness.ReadinessReport verify(CloudBackend backend) {
    return io.hyperpod.prereqs.internal.readiness.Verifier.verify(this, backend);
  }

  /**
   * Short for {@code plan(backend).apply()}; refuses (exception) when the plan has errors.
   *
   * @param backend the account to change
   * @return the outcome of every change
   * @throws io.hyperpod.prereqs.apply.PlanRefusedException when the plan has error findings;
   *     nothing is changed
   * @throws io.hyperpod.prereqs.spi.CloudException when a read of the plan fails
   */
  default ApplyResult apply(CloudBackend backend) {
    return plan(backend).apply();
  }

  /**
   * The JSON Schema (draft-07) of the spec file: every key, its type, closed sets and defaults
   * (the shape only; {@link #load(Path)} also checks the rules between keys).
   *
   * @return the schema as JSON text
   */
  static String jsonSchema() {
    return io.hyperpod.prereqs.internal.spec.SpecSchema.json();
  }

  /**
   * Loads a YAML or JSON spec file strictly: unknown keys, wrong types, missing keys and every
   * rule of {@link #validate()} come out together in one {@link
   * io.hyperpod.prereqs.spec.InvalidSpecException}, each problem with its line.
   *
   * @param file the spec file: JSON for {@code .json}, YAML for {@code .yaml} or {@code .yml},
   *     otherwise told apart by its content
   * @return the valid spec
   * @throws io.hyperpod.prereqs.spec.InvalidSpecException listing every problem of the file, or
   *     saying that it does not exist, cannot be read or is too large
   */
  static HyperPodPrerequisites load(Path file) {
    return SpecCodec.load(file);
  }

  /**
   * Parses spec text as strictly as {@link #load(Path)}; text starting with '{' is read as JSON.
   *
   * @param yaml the spec's YAML or JSON text
   * @return the valid spec
   * @throws io.hyperpod.prereqs.spec.InvalidSpecException listing every problem of the text
   */
  static HyperPodPrerequisites fromYaml(String yaml) {
    return SpecCodec.parse(yaml, "<yaml>");
  }

  /** {@return this spec as YAML in the spec's key order, defaults left out; it loads back equal} */
  default String toYaml() {
    return SpecCodec.toYaml(this);
  }

  /** {@return this spec as JSON in the spec's key order, defaults left out; it loads back equal} */
  default String toJson() {
    return SpecCodec.toJson(this);
  }

  /** Builds a {@link HyperPodPrerequisites}. */
  final class Builder extends ImmutableHyperPodPrerequisites.Builder
      implements SpecBuilder<Builder, HyperPodPrerequisites> {
    /**
     * Builds the value with {@code ClusterAdmin.builder()} and adds one.
     *
     * @param value sets the admin's fields on a fresh builder
     * @return this builder
     */
    public Builder addClusterAdmin(Consumer<ClusterAdmin.Builder> value) {
      return addClusterAdmin(ClusterAdmin.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code ClusterUser.builder()} and adds one.
     *
     * @param value sets the user's fields on a fresh builder
     * @return this builder
     */
    public Builder addClusterUser(Consumer<ClusterUser.Builder> value) {
      return addClusterUser(ClusterUser.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code InstanceGroup.builder()} and adds one.
     *
     * @param value sets the group's fields on a fresh builder
     * @return this builder
     */
    public Builder addInstanceGroup(Consumer<InstanceGroup.Builder> value) {
      return addInstanceGroup(InstanceGroup.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code ClusterSettings.builder()} and sets it.
     *
     * @param value sets the cluster-wide fields on a fresh builder
     * @return this builder
     */
    public Builder cluster(Consumer<ClusterSettings.Builder> value) {
      return cluster(ClusterSettings.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code Quotas.builder()} and sets it.
     *
     * @param value sets the quota settings on a fresh builder
     * @return this builder
     */
    public Builder quotas(Consumer<Quotas.Builder> value) {
      return quotas(Quotas.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code Network.builder()} and sets it.
     *
     * @param value sets the VPC's fields on a fresh builder
     * @return this builder
     */
    public Builder network(Consumer<Network.Builder> value) {
      return network(Network.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code Fsx.builder()} and sets it.
     *
     * @param value sets the FSx for Lustre fields on a fresh builder
     * @return this builder
     */
    public Builder fsx(Consumer<Fsx.Builder> value) {
      return fsx(Fsx.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code RunAs.builder()} and sets it.
     *
     * @param value sets the Run As fields on a fresh builder
     * @return this builder
     */
    public Builder runAs(Consumer<RunAs.Builder> value) {
      return runAs(RunAs.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code LifecycleScripts.builder()} and sets it.
     *
     * @param value sets the lifecycle scripts' fields on a fresh builder
     * @return this builder
     */
    public Builder lifecycleScripts(Consumer<LifecycleScripts.Builder> value) {
      return lifecycleScripts(LifecycleScripts.builder().applyMutation(value).build());
    }
  }
}
