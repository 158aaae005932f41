package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What every group of the contract shares: the suite's backend and deviations, unique names, policy
 * documents and assertions on {@link CloudException}s. Each group is a {@code @Nested} class of
 * {@link CloudBackendContractTest}.
 *
 * <p>Names carry a random run id and a counter, so the suite can run against a server that keeps
 * state between runs.
 */
public abstract class ContractGroup {
  /** A random id of this run, in names. */
  protected static final String RUN = randomLowercase(6);

  protected static final String SAGEMAKER_TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  protected static final String EC2_TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  protected static final String CLUSTER_INSTANCE_POLICY =
      "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy";

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  protected final CloudBackendContractTest suite;

  protected ContractGroup(CloudBackendContractTest suite) {
    this.suite = suite;
  }

  /** The backend under test, new for every test. */
  protected final CloudBackend backend() {
    return suite.backend;
  }

  protected final String accountId() {
    return backend().account().callerIdentity().account();
  }

  /** Skips the test for a backend with this known deviation from AWS. */
  protected final void assumeNo(KnownDeviation deviation) {
    assumeThat(suite.knownDeviations())
        .as("%s has the known deviation %s", backend().name(), deviation)
        .doesNotContain(deviation);
  }

  /** Whether the backend has this known deviation, for an assertion that only it affects. */
  protected final boolean deviates(KnownDeviation deviation) {
    return suite.knownDeviations().contains(deviation);
  }

  /** That the call fails with this exception type, AWS error code and HTTP status. */
  protected final void assertCloudError(
      ThrowingCallable call, Class<? extends CloudException> type, String code, int status) {
    assertThatExceptionOfType(type)
        .isThrownBy(call)
        .satisfies(
            e -> {
              assertThat(e.errorCode()).as("error code").isEqualTo(code);
              assertThat(e.statusCode()).as("HTTP status").isEqualTo(status);
            });
  }

  /** A name unique to this run: {@code base-RUN-N}. */
  protected static String unique(String base) {
    return base + "-" + RUN + "-" + COUNTER.incrementAndGet();
  }

  /** A bucket name unique to this run. */
  protected static String uniqueBucket() {
    return unique("contract-bucket");
  }

  protected static void assertSameJson(String actual, String expected) {
    assertThat(json(actual)).isEqualTo(json(expected));
  }

  protected static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** An identity policy allowing one action on one resource. */
  protected static String allow(String action, String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action
        + "\",\"Resource\":\""
        + resource
        + "\"}]}";
  }

  /** A valid identity policy of exactly {@code size} non-whitespace characters. */
  protected static String policyOfSize(int size) {
    String head =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::";
    String tail = "\"}]}";
    int padding = size - head.length() - tail.length();
    if (padding < 1) {
      throw new IllegalArgumentException("size " + size + " is too small for a policy");
    }
    return head + "b".repeat(padding) + tail;
  }

  /** A bucket policy that admits the bucket's objects only through one VPC endpoint. */
  protected static String vpceOnlyBucketPolicy(String bucket) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Access-to-specific-VPCE-only\","
        + "\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\","
        + "\"Resource\":[\"arn:aws:s3:::"
        + bucket
        + "\",\"arn:aws:s3:::"
        + bucket
        + "/*\"],"
        + "\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1a2b3c4d\"}}}]}";
  }

  protected final IamUser newUser() {
    return backend().iam().createUser(unique("user"), Map.of());
  }

  protected final IamRole newRole() {
    return backend().iam().createRole(unique("role"), SAGEMAKER_TRUST, null, Map.of());
  }

  protected final ManagedPolicy newPolicy() {
    return backend()
        .iam()
        .createPolicy(unique("policy"), "/", allow("s3:ListBucket", "*"), null, Map.of());
  }

  protected final String newBucket() {
    String bucket = uniqueBucket();
    backend().s3().createBucket(bucket);
    return bucket;
  }

  protected static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String randomLowercase(int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return s.toString();
  }
}
