package io.hyperpod.prereqs.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.StackLockedException;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.aws.moto.MotoExtension;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The AWS backend against moto behind a proxy that loses answers after moto did the work: a
 * create whose answer is lost is not made twice (the SDK does not resend creates that are not
 * safe to send twice; the engine reads the resource back), and two applies of one stack at once
 * never duplicate anything. Each test applies the full example under its own stack name.
 */
class MotoLostAnswersTest {
  @RegisterExtension static final MotoExtension MOTO = new MotoExtension();
  static final AtomicInteger STACKS = new AtomicInteger();
  static DroppingProxy proxy;

  @BeforeAll
  static void startProxy() throws IOException {
    proxy = new DroppingProxy(MOTO.server().endpoint());
  }

  @AfterAll
  static void stopProxy() throws IOException {
    proxy.close();
  }

  /** The full example as stack {@code lostN} (moto cannot enforce the VPC-only bucket policy). */
  static HyperPodPrerequisites spec() throws IOException {
    return spec(text -> text);
  }

  /** {@link #spec()} with a KMS key the stack creates for the worker group's volumes. */
  static HyperPodPrerequisites specWithKmsKey() throws IOException {
    return spec(text -> text
        .replace("instanceGroups:", "cluster: {nodeProvisioningMode: Continuous}\ninstanceGroups:")
        .replace("    executionRole: full-worker-role",
            "    kms: {create: {deletionWindowDays: 7}}\n    executionRole: full-worker-role"));
  }

  private static HyperPodPrerequisites spec(java.util.function.UnaryOperator<String> change)
      throws IOException {
    String name = "lost" + STACKS.incrementAndGet();
    String text = change.apply(Files.readString(Soak.SPECS.resolve("full.yaml")))
        .replace("restrictBucketToVpc: true", "restrictBucketToVpc: false")
        .replace("stack: full", "stack: " + name)
        .replace("full-", name + "-");
    java.nio.file.Path file = Files.createTempFile(name, ".yaml");
    Files.writeString(file, text);
    try {
      return HyperPodPrerequisites.load(file);
    } finally {
      Files.delete(file);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"CreateVpc", "CreateSubnet", "CreateSecurityGroup",
      "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "CreateVpcEndpoint",
      "CreateRole", "CreatePolicy", "CreateUser", "CreateBucket", "CreateFileSystem",
      "CreateDocument"})
  void answerLost_applySucceedsOnce_andMakesNothingTwice(String operation) throws IOException {
    lostOnce(spec(), operation);
  }

  /**
   * CreateKey has no client token: a lost answer is not resent (RetryPolicy), and the next step
   * finds the key by its tags rather than making a second one; a lost CreateAlias answer leaves
   * the alias, which the engine then finds.
   */
  @ParameterizedTest
  @ValueSource(strings = {"CreateKey", "CreateAlias"})
  void kmsAnswerLost_applySucceedsOnce_andMakesNoSecondKey(String operation) throws IOException {
    HyperPodPrerequisites spec = specWithKmsKey();
    lostOnce(spec, operation);
    try (AwsBackend aws = MOTO.server().backend()) {
      assertThat(stackCounts(aws, spec.stack()).keySet())
          .filteredOn(k -> k.startsWith("kms_key ")).hasSize(1);
      assertThat(aws.kms().listAliases()).extracting(a -> a.aliasName())
          .filteredOn(a -> a.startsWith("alias/hyperpod-prereqs/" + spec.stack() + "/"))
          .containsExactly("alias/hyperpod-prereqs/" + spec.stack() + "/worker-group-1");
    }
  }

  private void lostOnce(HyperPodPrerequisites spec, String operation) throws IOException {
    try (AwsBackend aws = MOTO.server().backend()) {
      // The Session Manager preferences document is the account's, made by the first apply only:
      // without it every apply makes it (CreateDocument) as in a fresh account.
      if (aws.ssm().describeDocument(SsmPort.PREFERENCES_DOCUMENT).isPresent()) {
        aws.ssm().deleteDocument(SsmPort.PREFERENCES_DOCUMENT);
      }
    }
    int droppedBefore = proxy.dropped();
    proxy.dropAnswerOfNext(operation);
    try (AwsBackend aws = MOTO.server().backendBuilder().endpointOverride(proxy.endpoint())
        .build()) {
      ApplyResult r = spec.apply(aws);
      assertThat(r.succeeded()).as(operation + " lost: " + r.failures()).isTrue();
    }
    assertThat(proxy.dropped()).as(operation + " answers lost").isEqualTo(droppedBefore + 1);
    try (AwsBackend aws = MOTO.server().backend()) {
      assertThat(spec.plan(aws).changes()).as(operation + " lost, then a new plan")
          .allMatch(c -> c.action() == ChangeAction.NOOP);
      assertOnce(stackCounts(aws, spec.stack()));
    }
  }

  @Test
  void twoAppliesAtOnce_neverDuplicate_theSecondSucceedsAfterOrRefusesNamingTheFirst()
      throws Exception {
    HyperPodPrerequisites spec = spec();
    ExecutorService two = Executors.newFixedThreadPool(2);
    List<Future<ApplyResult>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(two.submit((Callable<ApplyResult>) () -> {
        try (AwsBackend aws = MOTO.server().backend()) {
          return spec.apply(aws);
        }
      }));
    }
    int refused = 0;
    for (Future<ApplyResult> run : runs) {
      try {
        ApplyResult r = run.get();
        assertThat(r.succeeded()).as(r.failures().toString()).isTrue();
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(StackLockedException.class)
            .hasMessageContaining("is locked by another run");
        refused++;
      }
    }
    two.shutdown();
    assertThat(refused).isLessThanOrEqualTo(1);
    try (AwsBackend aws = MOTO.server().backend()) {
      assertThat(spec.plan(aws).changes()).allMatch(c -> c.action() == ChangeAction.NOOP);
      assertOnce(stackCounts(aws, spec.stack()));
    }
  }

  @Test
  void twoPlansMadeBeforeEitherApply_theSecondApplyIsRefusedAsStale_andNothingIsDuplicated()
      throws IOException {
    HyperPodPrerequisites spec = spec();
    try (AwsBackend one = MOTO.server().backend(); AwsBackend two = MOTO.server().backend()) {
      io.hyperpod.prereqs.plan.Plan first = spec.plan(one);
      io.hyperpod.prereqs.plan.Plan second = spec.plan(two);

      ApplyResult r = first.apply();
      assertThat(r.succeeded()).as(r.failures().toString()).isTrue();
      assertThatThrownBy(second::apply)
          .isInstanceOf(io.hyperpod.prereqs.apply.StalePlanException.class)
          .hasMessageContaining("run plan again");
      assertThat(spec.plan(one).changes()).allMatch(c -> c.action() == ChangeAction.NOOP);
      assertOnce(stackCounts(one, spec.stack()));
    }
  }

  /**
   * Each resource of the stack is there once; the security group has its two egress rules (to
   * itself, to S3) and one ingress rule.
   */
  private static void assertOnce(Map<String, Integer> counts) {
    assertThat(counts).isNotEmpty().allSatisfy((k, n) -> assertThat(n).as(k)
        .isEqualTo(k.startsWith("security_group_rule") && k.contains(" egress ") ? 2 : 1));
  }

  /** The account's resources that carry this stack's tag, with how often each is there. */
  private static Map<String, Integer> stackCounts(AwsBackend aws, String stack) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    Inventory.of(aws).counts().forEach((k, n) -> {
      if (k.contains("hyperpod-prereqs:stack=" + stack + ",")
          || k.contains("hyperpod-prereqs:stack=" + stack + "}")) {
        out.put(k, n);
      }
    });
    return out;
  }
}
