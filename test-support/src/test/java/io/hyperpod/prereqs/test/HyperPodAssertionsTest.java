package io.hyperpod.prereqs.test;

import static io.hyperpod.prereqs.test.HyperPodAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.simulator.SimClock;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each assertion passes on a real plan, apply or report of the simulator, and fails where it must. */
class HyperPodAssertionsTest {

  @Nested
  @SimulatedAws(spec = "examples/specs/full.yaml")
  class Plans {
    @Test
    void freshAccount_planCreatesRequestsAndKeeps(HyperPodPrerequisites spec, CloudBackend aws) {
      assertThat(spec.plan(aws))
          .creates("iam_role.full-execution-role")
          .creates("fsx_file_system.lustre")
          .requests("service_quota.ml.p5.48xlarge")
          .leavesUnchanged("service_quota.ml.c5.2xlarge")
          .has("iam_user.alice", ChangeAction.CREATE)
          .hasChanges()
          .hasNoErrors()
          .hasNoFinding("region.mismatch");
    }

    @Test
    void missingAddress_failsListingThePlansChanges(HyperPodPrerequisites spec, CloudBackend aws) {
      Plan plan = spec.plan(aws);

      assertThatThrownBy(() -> assertThat(plan).creates("iam_role.no-such-role"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the plan to create iam_role.no-such-role")
          .hasMessageContaining("holds no change of that address")
          .hasMessageContaining("+ iam_role.full-execution-role (create)");
    }

    @Test
    void otherAction_failsNamingThePlannedOne(HyperPodPrerequisites spec, CloudBackend aws) {
      Plan plan = spec.plan(aws);

      assertThatThrownBy(() -> assertThat(plan).requests("iam_user.alice"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the plan to request iam_user.alice")
          .hasMessageContaining("but it plans to create it");
      assertThatThrownBy(() -> assertThat(plan).creates("service_quota.ml.c5.2xlarge"))
          .hasMessageContaining("but it plans to noop it");
      assertThatThrownBy(() -> assertThat(plan).isNoop())
          .hasMessageContaining("Expected a plan with nothing to do, but it plans:")
          .hasMessageContaining("? service_quota.ml.p5.48xlarge (request)");
    }

    @Test
    void findings_areLookedUpById(HyperPodPrerequisites spec, CloudBackend aws) {
      Plan plan = spec.plan(aws);

      assertThatThrownBy(() -> assertThat(plan).hasFinding("no.such-finding"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the plan to have finding no.such-finding");
    }
  }

  @Nested
  @SimulatedAws(spec = "examples/specs/quickstart.yaml")
  class Applies {
    @Test
    void apply_thenPlanAgain_isNoop(HyperPodPrerequisites spec, CloudBackend aws) {
      ApplyResult result = spec.plan(aws).apply();

      assertThat(result).succeeded().applied("iam_user.alice").hasNoErrors();
      assertThat(spec.plan(aws)).isNoop().hasNoErrors();
      assertThatThrownBy(() -> assertThat(spec.plan(aws)).hasChanges())
          .hasMessageContaining("Expected a plan with changes, but it has nothing to do");
    }

    @Test
    void applyAssertions_failWithTheOutcomes(HyperPodPrerequisites spec, CloudBackend aws) {
      ApplyResult result = spec.plan(aws).apply();

      assertThatThrownBy(() -> assertThat(result).failed("iam_user.alice"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected iam_user.alice to be failed, but it was applied");
      assertThatThrownBy(() -> assertThat(result).has("iam_user.nobody", ChangeOutcome.APPLIED))
          .hasMessageContaining("holds no change of that address")
          .hasMessageContaining("iam_user.alice create: applied");
      assertThatThrownBy(() -> assertThat(result).hasFinding("no.such-finding"))
          .hasMessageContaining("Expected the apply to have finding no.such-finding");
    }
  }

  @Nested
  @SimulatedAws(spec = "examples/specs/quickstart.yaml")
  class Readiness {
    @Test
    void freshAccount_isNotReady_failingAdminExists(HyperPodPrerequisites spec, CloudBackend aws) {
      assertThat(spec.verify(aws))
          .isNotReady()
          .fails("admin.exists")
          .passes("lifecycle.bucket-name");
      assertThatThrownBy(() -> assertThat(spec.verify(aws)).isReady())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the account to be ready, but:")
          .hasMessageContaining("FAIL admin.exists");
      assertThatThrownBy(() -> assertThat(spec.verify(aws)).fails("lifecycle.bucket-name"))
          .hasMessageContaining("Expected requirement lifecycle.bucket-name to fail, but it passes");
      assertThatThrownBy(() -> assertThat(spec.verify(aws)).passes("no.such-requirement"))
          .hasMessageContaining("it was not checked");
    }

    @Test
    void applied_andTheClockMoved_isReady(
        HyperPodPrerequisites spec, CloudBackend aws, SimClock clock) {
      spec.plan(aws).apply();
      clock.advance(Duration.ofDays(3));

      assertThat(spec.verify(aws)).isReady().passes("role.exists");
      assertThatThrownBy(() -> assertThat(spec.verify(aws)).isNotReady())
          .hasMessageContaining("every requirement passes");
    }
  }

  /** A plan against the wrong region plans nothing: change assertions refuse it. */
  @Nested
  @SimulatedAws(region = "eu-west-1")
  class WrongTarget {
    @Test
    void planInAnotherRegion_failsEveryChangeAssertion(CloudBackend aws) {
      HyperPodPrerequisites spec = SimulatorSetup.load("examples/specs/quickstart.yaml");
      Plan plan = spec.plan(aws);

      assertThat(plan).hasFinding("region.mismatch");
      for (Runnable assertion :
          new Runnable[] {
            () -> assertThat(plan).isNoop(),
            () -> assertThat(plan).creates("iam_user.alice"),
            () -> assertThat(plan).hasChanges()
          }) {
        assertThatThrownBy(assertion::run)
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("made against the wrong target, so it plans nothing")
            .hasMessageContaining("region.mismatch")
            .hasMessageContaining("@SimulatedAws(spec = ");
      }
    }
  }
}
