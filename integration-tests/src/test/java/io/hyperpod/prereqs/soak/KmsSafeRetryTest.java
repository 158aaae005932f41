package io.hyperpod.prereqs.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.kms.KmsKeysTest;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The KMS keys' creates and deletes are safe to try again: CreateKey has no client token, so a
 * lost answer is followed by a read that finds the key by its tags; the account then holds what
 * a clean apply makes (one key per group), and a destroy whose answers are lost still schedules
 * every key's deletion.
 */
class KmsSafeRetryTest {
  static final HyperPodPrerequisites SPEC = HyperPodPrerequisites.fromYaml(KmsKeysTest.SPEC);

  AwsSimulator simulator = AwsSimulator.create();
  CloudBackend backend = simulator.backend(SPEC.region());

  @ParameterizedTest
  @ValueSource(strings = {"createKey", "createAlias", "createPolicy", "attachRolePolicy"})
  void answerLostAfterTheCreate_applySucceedsOnceWithOneKeyPerGroup(String method) {
    ApplyResult r = SPEC.plan(FaultyBackend.droppingFirstAnswerOf(backend, method)).apply();

    assertThat(r.succeeded()).as(r.failures().toString()).isTrue();
    assertThat(SPEC.plan(backend).changes()).allMatch(c -> c.action() == ChangeAction.NOOP);
    AwsSimulator reference = AwsSimulator.create();
    SPEC.apply(reference.backend(SPEC.region()));
    assertThat(Inventory.of(backend)).isEqualTo(Inventory.of(reference.backend(SPEC.region())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"deleteAlias", "scheduleKeyDeletion"})
  void answerLostInTheDestroy_everyKeyIsScheduledForDeletion(String method) {
    assertThat(SPEC.apply(backend).succeeded()).isTrue();

    ApplyResult r = SPEC.planDestroy(FaultyBackend.droppingFirstAnswerOf(backend, method)).apply();

    assertThat(r.succeeded()).as(r.failures().toString()).isTrue();
    assertThat(backend.kms().listKeys()).map(id -> backend.kms().describeKey(id))
        .filteredOn(KmsKey::customerManaged)
        .hasSize(2)
        .allSatisfy(k -> assertThat(k.keyState()).isEqualTo(KmsKey.PENDING_DELETION));
    assertThat(Inventory.of(backend).counts()).noneSatisfy((k, v) ->
        assertThat(k).startsWith("kms_key"));
  }
}
