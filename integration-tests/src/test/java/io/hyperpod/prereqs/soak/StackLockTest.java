package io.hyperpod.prereqs.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.StackLockedException;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Two applies of one stack never run at once: the second refuses naming the first, or waits. */
class StackLockTest {
  static final HyperPodPrerequisites FULL =
      HyperPodPrerequisites.load(Soak.SPECS.resolve("full.yaml"));
  static final String BUCKET = FULL.lifecycleScripts().orElseThrow().bucket();
  static final String LOCK = ".hyperpod-prereqs/lock/full.json";

  AwsSimulator simulator = AwsSimulator.create();
  CloudBackend backend = simulator.backend(FULL.region());

  @Test
  void secondApplyWhileTheFirstRuns_refusesNamingTheFirst_andNothingIsDuplicated() {
    AtomicReference<Throwable> second = new AtomicReference<>();
    ApplyListener startsAnother = new ApplyListener() {
      @Override
      public void started(ResourceChange change) {
        if (second.get() == null) {
          try {
            FULL.plan(backend).apply();
            second.set(new AssertionError("the second apply ran"));
          } catch (RuntimeException e) {
            second.set(e);
          }
        }
      }
    };

    ApplyResult first = FULL.plan(backend).apply(ApplyOptions.builder().parallelism(1)
        .listener(startsAnother).build());

    assertThat(first.succeeded()).as(first.failures().toString()).isTrue();
    assertThat(second.get()).isInstanceOf(StackLockedException.class)
        .hasMessageContaining("stack full is locked by another run")
        .hasMessageContaining("hyperpod-prereqs apply full")
        .hasMessageContaining("arn:aws:iam::123456789012:root")
        .hasMessageContaining("--lock-timeout");
    AwsSimulator reference = AwsSimulator.create();
    FULL.apply(reference.backend(FULL.region()));
    assertThat(Inventory.of(backend)).isEqualTo(Inventory.of(reference.backend(FULL.region())));
    assertThat(backend.s3().getObject(BUCKET, LOCK)).isEmpty();
  }

  @Test
  void lockOfAnotherHostStillValid_refuses_thenWithLockTimeoutWaitsForItsExpiryOnTheClock() {
    FULL.apply(backend);
    dropAScript();
    Instant now = simulator.clock().instant();
    putLock("build-7", now.plus(Duration.ofMinutes(3)));
    Plan plan = FULL.plan(backend);

    assertThatThrownBy(plan::apply).isInstanceOf(StackLockedException.class)
        .hasMessageContaining("on build-7 (pid 4242)");

    ApplyResult waited = FULL.plan(backend).apply(
        ApplyOptions.builder().lockTimeout(Duration.ofMinutes(5)).build());
    assertThat(waited.succeeded()).isTrue();
    assertThat(simulator.clock().instant()).isAfterOrEqualTo(now.plus(Duration.ofMinutes(3)));
    assertThat(backend.s3().getObject(BUCKET, LOCK)).isEmpty();
  }

  @Test
  void expiredLock_isTakenOverAtOnce() {
    FULL.apply(backend);
    dropAScript();
    putLock("build-7", simulator.clock().instant().minusSeconds(1));

    ApplyResult r = FULL.plan(backend).apply();

    assertThat(r.succeeded()).isTrue();
    assertThat(FULL.plan(backend).changes()).allMatch(c -> c.action() == ChangeAction.NOOP);
    assertThat(backend.s3().getObject(BUCKET, LOCK)).isEmpty();
  }

  @Test
  void destroy_releasesTheLockBeforeDeletingTheBucket_andLeavesNothing() {
    Inventory empty = Inventory.of(backend);
    FULL.apply(backend);

    ApplyResult destroyed = FULL.planDestroy(backend, true).apply();

    assertThat(destroyed.succeeded()).as(destroyed.failures().toString()).isTrue();
    assertThat(Inventory.of(backend).moreThan(empty)).isEmpty();
  }

  @Test
  void lockObjectRefused_theRunGoesOnUnlocked_andItsResultSaysSo() {
    FULL.apply(backend);
    dropAScript();
    // The first PutObject of the next apply is the lock's (taken before any change): refused,
    // as a bucket policy or a caller without s3:PutObject on the lock key refuses it.
    simulator.inject(io.hyperpod.prereqs.simulator.FaultRule.parse(
        "s3:PutObject=AccessDenied(403)#1").get(0));

    ApplyResult r = FULL.plan(backend).apply();

    assertThat(r.succeeded()).as(r.failures().toString()).isTrue();
    assertThat(r.findings()).filteredOn(f -> f.id().equals("stack.lock.unavailable"))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(io.hyperpod.prereqs.plan.Severity.WARNING);
          assertThat(f.message()).contains("s3://" + BUCKET + "/" + LOCK)
              .contains("AccessDenied").contains("went on without it");
        });
    assertThat(FULL.plan(backend).changes()).allMatch(c -> c.action() == ChangeAction.NOOP);
  }

  @Test
  void twoPlansMadeBeforeEitherApply_theSecondApplyIsRefusedAsStale_andNothingIsDuplicated() {
    Inventory empty = Inventory.of(backend);
    Plan first = FULL.plan(backend);
    Plan second = FULL.plan(backend);

    assertThat(first.apply().succeeded()).isTrue();
    Inventory applied = Inventory.of(backend);
    assertThatThrownBy(second::apply)
        .isInstanceOf(io.hyperpod.prereqs.apply.StalePlanException.class);
    assertThat(Inventory.of(backend).moreThan(applied)).isEmpty();
    assertThat(applied.moreThan(empty)).isNotEmpty();
  }

  @Test
  void aLockTheRunCanTake_addsNoWarning() {
    ApplyResult r = FULL.plan(backend).apply();

    assertThat(r.succeeded()).isTrue();
    assertThat(r.findings()).noneMatch(f -> f.id().equals("stack.lock.unavailable"));
  }

  /** Something for the next apply to do: a lifecycle script deleted by hand. */
  private void dropAScript() {
    backend.s3().deleteObject(BUCKET, FULL.lifecycleScripts().orElseThrow().key("on_create.sh"));
  }

  private void putLock(String host, Instant expires) {
    String holder = "{\"id\":\"other\",\"stack\":\"full\",\"by\":\"arn:aws:iam::123456789012:user/ci\","
        + "\"host\":\"" + host + "\",\"pid\":4242,\"command\":\"hyperpod-prereqs apply full\","
        + "\"since\":\"" + expires.minusSeconds(600) + "\",\"expires\":\"" + expires + "\"}";
    backend.s3().putObject(BUCKET, LOCK, holder.getBytes(StandardCharsets.UTF_8),
        "application/json");
  }

}
