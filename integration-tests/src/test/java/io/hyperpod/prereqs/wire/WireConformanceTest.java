package io.hyperpod.prereqs.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.ServedClock;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Every example spec applied in memory and applied through the AWS backend, over HTTP, to the
 * simulator's wire front ends in the same simulator state (modulo generated ids), and re-plans to
 * no changes either way. Every call of the wire run goes through the AWS backend ({@link
 * WireBackend}), and each section of the spec reaches its service over HTTP.
 */
class WireConformanceTest {
  static final Path SPECS = Path.of("..", "examples", "specs");

  /** Every example spec ({@code examples/specs/*.yaml}). */
  static Stream<String> specs() throws java.io.IOException {
    try (Stream<Path> files = java.nio.file.Files.list(SPECS)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".yaml"))
          .sorted()
          .collect(java.util.stream.Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void apply_inMemoryAndThroughTheWire_endInTheSameStateAndReplanToNoChanges(String file) {
    HyperPodPrerequisites spec = HyperPodPrerequisites.load(SPECS.resolve(file));
    String region = spec.region();

    AwsSimulator inMemory = AwsSimulator.create();
    ApplyResult memoryResult = spec.apply(inMemory.backend(region));
    Plan memoryReplan = spec.plan(inMemory.backend(region));

    AwsSimulator served = AwsSimulator.create();
    ApplyResult wireResult;
    Plan wireReplan;
    try (SimulatorServer server = SimulatorServer.builder(served).clock(ServedClock.MANUAL).start();
        AwsBackend aws = awsBackend(server, region)) {
      WireBackend wire = new WireBackend(aws, served.backend(region));
      wireResult = spec.apply(wire);
      wireReplan = spec.plan(wire);
      assertThat(aws.callCounts().calls()).containsKeys("iam:CreateUser");
      if (spec.lifecycleScripts().isPresent()) {
        assertThat(aws.callCounts().calls()).containsKeys("s3:PutObject");
      }
      assertThat(servicesCalled(aws))
          .as("each section of the spec reaches its service over the wire")
          .containsAll(servicesOf(spec));
    }

    assertThat(memoryResult.succeeded()).as(memoryResult.failures().toString()).isTrue();
    assertThat(wireResult.succeeded()).as(wireResult.failures().toString()).isTrue();
    assertThat(memoryReplan.hasChanges()).as(memoryReplan.changes().toString()).isFalse();
    assertThat(wireReplan.hasChanges()).as(wireReplan.changes().toString()).isFalse();
    assertThat(spec.plan(served.backend(region)).hasChanges()).isFalse();
    assertThat(served.backend(region).iam().snapshot().users()).isNotEmpty();
    assertSameState(served, inMemory);
  }

  @ParameterizedTest
  @MethodSource("specs")
  void destroy_inMemoryAndThroughTheWire_endInTheSameState(String file) {
    HyperPodPrerequisites spec = HyperPodPrerequisites.load(SPECS.resolve(file));
    String region = spec.region();
    AwsSimulator inMemory = AwsSimulator.create();
    spec.apply(inMemory.backend(region));
    AwsSimulator served = AwsSimulator.create();
    spec.apply(served.backend(region));

    ApplyResult memoryResult = spec.planDestroy(inMemory.backend(region)).apply();
    ApplyResult wireResult;
    try (SimulatorServer server = SimulatorServer.builder(served).clock(ServedClock.MANUAL).start();
        AwsBackend aws = awsBackend(server, region)) {
      wireResult = spec.planDestroy(new WireBackend(aws, served.backend(region))).apply();
    }

    assertThat(memoryResult.succeeded()).as(memoryResult.failures().toString()).isTrue();
    assertThat(wireResult.succeeded()).as(wireResult.failures().toString()).isTrue();
    assertThat(served.backend(region).iam().snapshot().users()).isEmpty();
    assertSameState(served, inMemory);
  }

  /** The services the AWS backend called ({@code iam}, {@code ec2}, ...). */
  static java.util.Set<String> servicesCalled(AwsBackend aws) {
    return aws.callCounts().calls().keySet().stream()
        .map(key -> key.substring(0, key.indexOf(':')))
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * The services a spec's sections need: IAM and STS always, S3 for lifecycle scripts (an
   * AMI-mode spec has none), then one per optional section.
   */
  static java.util.Set<String> servicesOf(HyperPodPrerequisites spec) {
    java.util.Set<String> services = new java.util.TreeSet<>(java.util.List.of("iam", "sts"));
    spec.lifecycleScripts().ifPresent(l -> services.add("s3"));
    spec.network().ifPresent(n -> services.add("ec2"));
    spec.fsx().ifPresent(f -> services.add("fsx"));
    spec.runAs().filter(r -> r.enabled()).ifPresent(r -> services.add("ssm"));
    spec.quotas().ifPresent(q -> services.add("servicequotas"));
    return services;
  }

  static void assertSameState(AwsSimulator served, AwsSimulator inMemory) {
    Object wire = SimulatorStates.normalized(served);
    Object memory = SimulatorStates.normalized(inMemory);
    assertThat(SimulatorStates.differences(wire, memory, 20)).as("wire <> in memory").isEmpty();
  }

  static AwsBackend awsBackend(SimulatorServer server, String region) {
    return AwsBackend.builder()
        .region(region)
        .endpointOverride(server.endpoint())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .maxAttempts(1)
        .iamConsistency(1, Duration.ofMillis(1), Duration.ofMillis(1))
        .build();
  }
}
