package io.hyperpod.prereqs.test;

import io.hyperpod.prereqs.spi.CloudBackend;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Test classes that {@link SimulatorExtensionTest} runs through the launcher, each meant to end a
 * certain way. Not run by the build itself (the name matches no test pattern).
 */
final class ExtensionFixtures {
  private ExtensionFixtures() {}

  /** A region that is not the spec's. */
  @SimulatedAws(spec = "examples/specs/quickstart.yaml", region = "us-east-1")
  static final class RegionMismatch {
    @Test
    void anyTest(CloudBackend aws) {}
  }

  /** An account that is not the spec's. */
  @SimulatedAws(spec = "specs/account-111122223333.yaml", account = "444455556666")
  static final class AccountMismatch {
    @Test
    void anyTest(CloudBackend aws) {}
  }

  /** A spec that does not exist. */
  @SimulatedAws(spec = "examples/specs/no-such-spec.yaml")
  static final class MissingSpec {
    @Test
    void anyTest(CloudBackend aws) {}
  }

  /** The endpoint without serve = true. */
  @SimulatedAws
  static final class EndpointWithoutServe {
    @Test
    void anyTest(URI endpoint) {}
  }

  /** The spec without naming one. */
  @SimulatedAws
  static final class SpecWithoutSpec {
    @Test
    void anyTest(io.hyperpod.prereqs.HyperPodPrerequisites spec) {}
  }
}
