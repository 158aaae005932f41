package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsSimulatorSnapshotTest {
  private static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  private static final String READ =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
  private static final byte[] BINARY = {0, 1, 2, (byte) 0xff, 'a'};

  /** A simulator with something in every store of IAM and S3, in two accounts. */
  private static AwsSimulator populated() {
    AwsSimulator aws = AwsSimulator.create(7);
    CloudBackend main = aws.backend("us-west-2");
    main.iam().createUser("alice", Map.of("SSMSessionRunAs", "alice"));
    main.iam().createRole("ExecutionRole", TRUST, "nodes", Map.of("stack", "demo"));
    main.iam()
        .attachPolicy(
            PrincipalRef.role("ExecutionRole"),
            "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy");
    main.iam().putInlinePolicy(PrincipalRef.role("ExecutionRole"), "read", READ);
    String policyArn = main.iam().createPolicy("Readers", "/", READ, "readers", Map.of("a", "b")).arn();
    main.iam().createPolicyVersion(policyArn, READ.replace("GetObject", "ListBucket"), true);
    main.iam().attachPolicy(PrincipalRef.user("alice"), policyArn);
    aws.clock().advance(Duration.ofHours(3));
    main.s3().createBucket("sagemaker-demo-lifecycle");
    main.s3().putObject("sagemaker-demo-lifecycle", "hyperpod/on_create.sh", BINARY, "text/x-sh");
    main.s3().putBucketTags("sagemaker-demo-lifecycle", Map.of("hyperpod-prereqs:stack", "demo"));
    aws.backend("210987654321", "eu-west-1").s3().createBucket("theirs");
    return aws;
  }

  @Test
  void fromJson_ofToJson_restoresStateClockAndAccounts() {
    AwsSimulator original = populated();

    AwsSimulator restored = AwsSimulator.fromJson(original.toJson());

    CloudBackend before = original.backend("us-west-2");
    CloudBackend after = restored.backend("us-west-2");
    assertThat(after.iam().snapshot()).isEqualTo(before.iam().snapshot());
    assertThat(after.s3().listBuckets()).isEqualTo(before.s3().listBuckets());
    assertThat(after.s3().listObjects("sagemaker-demo-lifecycle", ""))
        .isEqualTo(before.s3().listObjects("sagemaker-demo-lifecycle", ""));
    assertThat(after.s3().getObject("sagemaker-demo-lifecycle", "hyperpod/on_create.sh"))
        .hasValue(BINARY);
    assertThat(after.s3().getBucketTags("sagemaker-demo-lifecycle"))
        .containsEntry("hyperpod-prereqs:stack", "demo");
    assertThat(after.iam().listPolicyVersions("arn:aws:iam::123456789012:policy/Readers"))
        .hasSize(2);
    assertThat(restored.clock().instant()).isEqualTo(original.clock().instant());
    assertThat(restored.accountIds()).containsExactly("123456789012", "210987654321");
    assertThat(after.s3().headBucket("theirs"))
        .isEqualTo(io.hyperpod.prereqs.spi.s3.BucketAccess.OTHER_OWNER);
  }

  @Test
  void fromJson_ofToJson_handsOutTheSameIdsNext() {
    AwsSimulator original = populated();
    AwsSimulator restored = AwsSimulator.fromJson(original.toJson());

    String originalNext = original.backend("us-west-2").iam().createUser("bob", Map.of()).userId();
    String restoredNext = restored.backend("us-west-2").iam().createUser("bob", Map.of()).userId();

    assertThat(restoredNext).isEqualTo(originalNext);
  }

  @Test
  void toJson_ofRestoredSimulator_isTheSameDocument() {
    String json = populated().toJson();

    assertThat(AwsSimulator.fromJson(json).toJson()).isEqualTo(json);
  }

  @Test
  void load_ofSavedFile_restoresTheState(@TempDir Path dir) {
    Path file = dir.resolve(".hyperpod-prereqs/simulator.json");
    AwsSimulator original = populated();

    original.save(file);
    AwsSimulator loaded = AwsSimulator.load(file);

    assertThat(loaded.backend("us-west-2").iam().snapshot())
        .isEqualTo(original.backend("us-west-2").iam().snapshot());
    assertThat(dir.resolve(".hyperpod-prereqs")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void load_fileThatIsNoSnapshot_failsNamingTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("simulator.json");
    Files.writeString(file, "{\"something\": 1}", StandardCharsets.UTF_8);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> AwsSimulator.load(file))
        .withMessageContaining(file.toString())
        .withMessageContaining("start afresh");
  }

  @Test
  void loadOrCreate_missingFile_givesAnEmptySimulator(@TempDir Path dir) {
    AwsSimulator aws = AwsSimulator.loadOrCreate(dir.resolve("absent.json"));

    assertThat(aws.accountIds()).isEmpty();
    assertThat(aws.clock().instant()).isEqualTo(SimClock.DEFAULT_START);
  }

  @Test
  void fromJson_snapshot_dropsFaultsAndCalls() {
    AwsSimulator original = populated();
    original.inject(FaultRule.throttling("iam", "*").withTimes(Integer.MAX_VALUE));

    AwsSimulator restored = AwsSimulator.fromJson(original.toJson());

    assertThat(restored.faults()).isEmpty();
    assertThat(restored.calls()).isEmpty();
    assertThat(restored.backend("us-west-2").iam().findUser("alice")).isPresent();
  }
}
