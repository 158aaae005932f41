package io.hyperpod.prereqs.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code examples/specs/full.yaml} applied on a fresh simulator, FSx AVAILABLE and the quota
 * increases approved: the account every readiness test starts from and then breaks one thing of.
 */
final class ReadyAccount {
  static final Path FULL = Path.of("..", "examples", "specs", "full.yaml");
  static final Path QUICKSTART = Path.of("..", "examples", "specs", "quickstart.yaml");
  static final String ADMIN = "full-admin";

  final HyperPodPrerequisites spec;
  final AwsSimulator simulator = AwsSimulator.create();
  final SimulatorBackend root;
  final CreateClusterRequest request;
  private final String admin;

  ReadyAccount() {
    this(FULL, ADMIN);
  }

  /** A spec applied the same way, with the name of its cluster admin. */
  ReadyAccount(Path specFile, String admin) {
    this.spec = HyperPodPrerequisites.load(specFile);
    this.root = simulator.backend(spec.region());
    this.admin = admin;
    ApplyResult applied = spec.apply(root);
    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
    simulator.clock().advance(Duration.ofDays(3));
    request = spec.plan(root).createClusterRequest().orElseThrow();
  }

  /** The full spec with pieces of its text replaced (pairs of text, replacement). */
  static HyperPodPrerequisites fullWith(String... textThenReplacement) {
    try {
      String yaml = java.nio.file.Files.readString(FULL);
      for (int i = 0; i < textThenReplacement.length; i += 2) {
        assertThat(yaml).contains(textThenReplacement[i]);
        yaml = yaml.replace(textThenReplacement[i], textThenReplacement[i + 1]);
      }
      return HyperPodPrerequisites.fromYaml(yaml);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  SimulatorBackend admin() {
    return root.as(SimulatedCaller.user(admin));
  }

  ReadinessReport verify() {
    return spec.verify(root);
  }
}
