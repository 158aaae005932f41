package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How HyperPod sets up the nodes (CreateCluster's {@code LifeCycleConfig}).
 *
 * <ul>
 *   <li>{@link #AMI}: no {@code LifeCycleConfig}; HyperPod's image installs and starts Slurm
 *       itself from each group's {@code SlurmConfig}. No bucket and no scripts.
 *   <li>{@link #EXTENSION}: HyperPod configures Slurm, then runs {@code OnInitComplete} from {@code
 *       SourceS3Uri}: the stack's users extension, which creates the OS users of {@code
 *       shared_users.yaml} (with their groups).
 *   <li>{@link #CUSTOM}: {@code OnCreate} from {@code SourceS3Uri}: the stack's {@code
 *       on_create.sh}, {@code add_users.sh}, {@code shared_users.txt} and the legacy {@code
 *       provisioning_parameters.json}. HyperPod does not start Slurm in this mode. A spec without
 *       {@code cluster.lifecycleMode} means this mode.
 * </ul>
 */
public enum LifecycleMode {
  /**
   * No lifecycle scripts: HyperPod's image configures Slurm from the groups' {@code SlurmConfig}.
   */
  AMI("ami"),
  /** HyperPod configures Slurm, then the stack's users extension runs ({@code OnInitComplete}). */
  EXTENSION("extension"),
  /** The stack's {@code on_create.sh} runs ({@code OnCreate}); the default. */
  CUSTOM("custom");

  private final String value;

  LifecycleMode(String value) {
    this.value = value;
  }

  /** {@return the spec file's form: {@code ami}, {@code extension} or {@code custom}} */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * {@return whether the mode uploads lifecycle scripts (and so needs {@code lifecycleScripts})}
   */
  public boolean usesScripts() {
    return this != AMI;
  }

  /** {@return whether HyperPod configures Slurm itself from the groups' {@code SlurmConfig}} */
  public boolean hyperPodConfiguresSlurm() {
    return this != CUSTOM;
  }
}
