package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
  @Test
  void iamUniqueId_prefix_isPrefixAnd17UppercaseAlphanumerics() {
    String id = IdGenerator.seeded(1).iamUniqueId("AROA");

    assertThat(id).matches("AROA[A-Z0-9]{17}");
  }

  @Test
  void hexId_prefix_isPrefixAnd17LowercaseHexDigits() {
    assertThat(IdGenerator.seeded(1).hexId("vpc-")).matches("vpc-[0-9a-f]{17}");
  }

  @Test
  void requestId_always_isAVersion4Uuid() {
    UUID id = UUID.fromString(IdGenerator.seeded(1).requestId());

    assertThat(id.version()).isEqualTo(4);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void ids_sameSeed_areTheSame() {
    assertThat(draw(IdGenerator.seeded(99))).isEqualTo(draw(IdGenerator.seeded(99)));
  }

  @Test
  void ids_neighbouringSeeds_differ() {
    List<String> one = draw(IdGenerator.seeded(1));
    List<String> two = draw(IdGenerator.seeded(2));

    assertThat(one).doesNotContainAnyElementsOf(two);
  }

  @Test
  void ids_manyDraws_areDistinct() {
    IdGenerator ids = IdGenerator.seeded(3);
    Set<String> seen =
        IntStream.range(0, 10_000)
            .mapToObj(i -> ids.iamUniqueId("AIDA"))
            .collect(Collectors.toSet());

    assertThat(seen).hasSize(10_000);
  }

  @Test
  void restore_atPosition_continuesTheSequence() {
    IdGenerator original = IdGenerator.seeded(5);
    original.hexId("sg-");
    original.requestId();
    IdGenerator restored =
        IdGenerator.restore(
            original.seed(),
            original.position(),
            original.requestPosition(),
            original.fractionPosition());

    assertThat(draw(restored)).isEqualTo(draw(original));
  }

  @Test
  void resourceIds_afterReads_areUnchanged() {
    CloudBackend quiet = AwsSimulator.create(11).backend("us-west-2");
    CloudBackend chatty = AwsSimulator.create(11).backend("us-west-2");
    chatty.iam().snapshot();
    chatty.s3().listBuckets();
    chatty.account().callerIdentity();

    assertThat(chatty.iam().createUser("alice", Map.of()).userId())
        .isEqualTo(quiet.iam().createUser("alice", Map.of()).userId());
  }

  @Test
  void simulators_sameSeedSameCalls_giveTheSameIds() {
    assertThat(createdIds(AwsSimulator.create(21))).isEqualTo(createdIds(AwsSimulator.create(21)));
    assertThat(createdIds(AwsSimulator.create(21)))
        .isNotEqualTo(createdIds(AwsSimulator.create(22)));
  }

  private static List<String> createdIds(AwsSimulator aws) {
    CloudBackend backend = aws.backend("us-west-2");
    String trust =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    return List.of(
        backend.iam().createUser("alice", Map.of()).userId(),
        backend.iam().createRole("ExecutionRole", trust, null, Map.of()).roleId(),
        backend
            .iam()
            .createPolicy(
                "P", "/",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
                null,
                Map.of())
            .policyId());
  }

  private static List<String> draw(IdGenerator ids) {
    return List.of(
        ids.iamUniqueId("AIDA"),
        ids.hexId("subnet-"),
        ids.alphanumeric(5),
        ids.requestId(),
        String.valueOf(ids.nextFraction()));
  }
}
