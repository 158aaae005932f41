package io.hyperpod.prereqs.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyCancellation;
import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Cancellation (Ctrl-C), the apply's timeout and the FSx wait limit, on the simulated clock. */
class DeadlineTest {
  static final HyperPodPrerequisites FULL =
      HyperPodPrerequisites.load(Soak.SPECS.resolve("full.yaml"));

  AwsSimulator simulator = AwsSimulator.create();
  CloudBackend backend = simulator.backend(FULL.region());
  List<String> progress = new CopyOnWriteArrayList<>();

  @Test
  void cancelledAfterTheThirdChange_finishesWhatRuns_startsNothingNew_andTheNextApplyConverges() {
    ApplyCancellation cancellation = new ApplyCancellation();
    ApplyListener cancelsOnThird = new ApplyListener() {
      int finished;

      @Override
      public synchronized void finished(ResourceChange change, ChangeResult result) {
        if (result.outcome() == ChangeOutcome.APPLIED && ++finished == 3) {
          cancellation.cancel("interrupted (Ctrl-C)");
        }
      }
    };

    ApplyResult r = FULL.plan(backend).apply(ApplyOptions.builder().parallelism(1)
        .cancellation(cancellation).listener(cancelsOnThird).build());

    assertThat(r.changes()).filteredOn(c -> c.outcome() == ChangeOutcome.APPLIED).hasSize(3);
    assertThat(r.failures()).isEmpty();
    assertThat(r.changes()).filteredOn(c -> c.outcome() == ChangeOutcome.SKIPPED)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.error()).contains("not started: interrupted (Ctrl-C)"));
    ApplyResult again = FULL.plan(backend).apply();
    assertThat(again.succeeded()).as(again.failures().toString()).isTrue();
    assertThat(FULL.plan(backend).changes()).allMatch(c -> c.action() == ChangeAction.NOOP);
  }

  @Test
  void fileSystemSlowerThanTheWaitLimit_failsSayingSo_withProgressOfAtMost_thenApplyAgainFinishes() {
    ApplyResult r = FULL.plan(backend).apply(ApplyOptions.builder()
        .waitLimit(Duration.ofMinutes(5)).listener(recording()).build());

    ChangeResult fsx = r.failures().stream()
        .filter(c -> c.address().type().startsWith("fsx_")).findFirst().orElseThrow();
    assertThat(fsx.error().orElseThrow()).contains("CREATING for more than 5 minutes")
        .contains("--wait-limit");
    assertThat(progress).anyMatch(m -> m.matches("fs-[0-9a-f]+ CREATING, 3 of at most 5 minutes"));
    ApplyResult again = FULL.plan(backend).apply();
    assertThat(again.succeeded()).as(again.failures().toString()).isTrue();
  }

  @Test
  void timeout_cutsTheWaitAndStartsNothingAfterIt() {
    ApplyResult r = FULL.plan(backend).apply(ApplyOptions.builder().parallelism(1)
        .timeout(Duration.ofMinutes(2)).listener(recording()).build());

    assertThat(r.succeeded()).isFalse();
    assertThat(progress).anyMatch(m -> m.endsWith("of at most 2 minutes"));
    assertThat(r.failures()).filteredOn(c -> c.address().type().startsWith("fsx_"))
        .singleElement().satisfies(f -> assertThat(f.error().orElseThrow())
            .contains("for more than 2 minutes"));
    assertThat(r.changes()).filteredOn(c -> c.outcome() == ChangeOutcome.SKIPPED
            && c.rootCause().isEmpty())
        .allSatisfy(c -> assertThat(c.error().orElseThrow())
            .isEqualTo("not started: the apply's timeout of 2 min passed"));
  }

  private ApplyListener recording() {
    return new ApplyListener() {
      @Override
      public void progress(ResourceChange change, String message) {
        progress.add(message);
      }
    };
  }
}
