package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import io.hyperpod.prereqs.spi.s3.S3Port;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S3 behaviour of the simulator beyond the SPI contract. */
class SimulatedS3Test {
  private final AwsSimulator aws = AwsSimulator.create();
  private final S3Port s3 = aws.backend("us-west-2").s3();

  /** The simulator's reason for the last call it refused, from its journal. */
  private String lastReason() {
    List<RecordedCall> calls = aws.calls();
    return calls.get(calls.size() - 1).reason().orElse("");
  }

  @Test
  void createBucket_validNames_areAccepted() {
    for (String name :
        List.of("abc", "sagemaker-demo-lifecycle", "a.b-c.d", "1" + "a".repeat(62))) {
      s3.createBucket(name);
    }

    assertThat(s3.listBuckets()).hasSize(4);
  }

  @Test
  void createBucket_reservedSuffixOrPrefix_failsWithAwsTextAndTheRuleInTheJournal() {
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> s3.createBucket("sthree-bucket"))
        .withMessage("The specified bucket is not valid.");
    assertThat(lastReason()).contains("'sthree-bucket'").contains("prefix 'sthree-' is reserved");
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> s3.createBucket("bucket--ol-s3"))
        .withMessage("The specified bucket is not valid.");
    assertThat(lastReason()).contains("suffix '--ol-s3' is reserved");
  }

  @Test
  void putObject_keyOver1024Bytes_failsWithKeyTooLongError() {
    s3.createBucket("sagemaker-b");

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> s3.putObject("sagemaker-b", "\u00e9".repeat(513), new byte[1], null))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("KeyTooLongError"));
  }

  @Test
  void listObjects_keys_areInUtf8ByteOrder() {
    s3.createBucket("sagemaker-b");
    for (String key : List.of("\uff41", "\ud83d\ude00", "z")) {
      s3.putObject("sagemaker-b", key, new byte[0], null);
    }

    assertThat(s3.listObjects("sagemaker-b", null))
        .extracting(S3ObjectInfo::key)
        .containsExactly("z", "\uff41", "\ud83d\ude00");
  }

  @Test
  void putObject_emptyContent_hasTheMd5OfNothing() {
    s3.createBucket("sagemaker-b");

    assertThat(s3.putObject("sagemaker-b", "empty", new byte[0], null).etag())
        .isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
  }

  @Test
  void putBucketTags_51_failsWithInvalidTag() {
    s3.createBucket("sagemaker-b");
    Map<String, String> tags = new HashMap<>();
    for (int i = 0; i < 51; i++) {
      tags.put("k" + i, "v");
    }

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> s3.putBucketTags("sagemaker-b", tags))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidTag"));
  }

  @Test
  void putBucketPolicy_wildcardBucketResource_isAccepted() {
    s3.createBucket("sagemaker-b");
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},"
            + "\"Action\":[\"s3:GetObject\"],\"Resource\":\"arn:aws:s3:::sagemaker-*/*\"}]}";

    s3.putBucketPolicy("sagemaker-b", policy);

    assertThat(s3.getBucketPolicy("sagemaker-b")).hasValue(policy);
  }

  @Test
  void putBucketPolicy_withoutPrincipal_failsSayingSo() {
    s3.createBucket("sagemaker-b");
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::sagemaker-b/*\"}]}";

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> s3.putBucketPolicy("sagemaker-b", policy))
        .withMessage("Missing required field Principal");
  }

  @Test
  void putBucketPolicy_iamAction_failsWithInvalidAction() {
    s3.createBucket("sagemaker-b");
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"iam:PassRole\",\"Resource\":\"arn:aws:s3:::sagemaker-b\"}]}";

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> s3.putBucketPolicy("sagemaker-b", policy))
        .withMessageStartingWith("Policy has invalid action");
  }
}
