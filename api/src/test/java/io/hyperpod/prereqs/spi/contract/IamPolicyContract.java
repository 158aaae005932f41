package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Customer and AWS managed policies: documents, size quota, deletion rules, tags. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class IamPolicyContract extends ContractGroup {
  protected IamPolicyContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void createPolicy_validDocument_returnsPolicyAtVersionOne() {
    String name = unique("ClusterAdmin");
    String document = allow("sagemaker:ListClusters", "*");

    ManagedPolicy policy =
        backend().iam().createPolicy(name, "/", document, "admins", Map.of("stack", "demo"));

    assertThat(policy.arn()).isEqualTo("arn:aws:iam::" + accountId() + ":policy/" + name);
    assertThat(policy.policyId()).startsWith(deviates(KnownDeviation.IAM_ID_PREFIXES) ? "" : "ANPA");
    assertThat(policy.defaultVersionId()).isEqualTo("v1");
    assertThat(policy.versionCount()).isEqualTo(1);
    assertThat(policy.attachmentCount()).isZero();
    assertThat(policy.awsManaged()).isFalse();
    assertSameJson(policy.defaultDocument(), document);
  }

  @Test
  void findPolicy_customer_returnsDefaultDocumentAndTags() {
    String document = allow("ssm:StartSession", "*");
    ManagedPolicy created =
        backend().iam().createPolicy(unique("User"), "/", document, null, Map.of("stack", "demo"));

    Optional<ManagedPolicy> found = backend().iam().findPolicy(created.arn());

    assertThat(found)
        .hasValueSatisfying(
            p -> {
              assertThat(p.name()).isEqualTo(created.name());
              assertThat(p.tags()).containsEntry("stack", "demo");
              assertSameJson(p.defaultDocument(), document);
            });
  }

  @Test
  void findPolicy_missing_isEmpty() {
    assertThat(
            backend()
                .iam()
                .findPolicy("arn:aws:iam::" + accountId() + ":policy/" + unique("nothing")))
        .isEmpty();
  }

  @Test
  void findPolicy_awsManaged_returnsItsDocument() {
    Optional<ManagedPolicy> found = backend().iam().findPolicy(CLUSTER_INSTANCE_POLICY);

    assertThat(found)
        .hasValueSatisfying(
            p -> {
              assertThat(p.awsManaged()).isTrue();
              assertThat(p.name()).isEqualTo("AmazonSageMakerClusterInstanceRolePolicy");
              assertThat(json(p.defaultDocument()).get("Statement").isArray()).isTrue();
            });
  }

  @Test
  void findPolicy_malformedArn_failsWithInvalidInput() {
    assumeNo(KnownDeviation.IAM_POLICY_ARN_NOT_VALIDATED);

    assertCloudError(
        () -> backend().iam().findPolicy("not-an-arn"),
        MalformedException.class,
        "InvalidInput",
        400);
  }

  @Test
  void createPolicy_existingName_failsWithEntityAlreadyExists() {
    ManagedPolicy policy = newPolicy();

    assertCloudError(
        () ->
            backend().iam().createPolicy(policy.name(), "/", allow("s3:GetObject", "*"), null, Map.of()),
        AlreadyExistsException.class,
        "EntityAlreadyExists",
        409);
  }

  @Test
  void createPolicy_malformedDocuments_failWithMalformedPolicyDocument() {
    List<String> documents =
        List.of(
            "{not json",
            "[]",
            "{\"Version\":\"2012-10-17\"}",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"*\"}]}",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
            "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");

    for (String document : documents) {
      assertCloudError(
          () -> backend().iam().createPolicy(unique("bad"), "/", document, null, Map.of()),
          MalformedException.class,
          "MalformedPolicyDocument",
          400);
    }
  }

  @Test
  void createPolicy_withPrincipal_failsWithMalformedPolicyDocument() {
    assumeNo(KnownDeviation.IAM_POLICY_PRINCIPAL_NOT_REJECTED);
    String document =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    assertCloudError(
        () -> backend().iam().createPolicy(unique("bad"), "/", document, null, Map.of()),
        MalformedException.class,
        "MalformedPolicyDocument",
        400);
  }

  @Test
  void createPolicy_over6144NonWhitespaceCharacters_failsWithLimitExceeded() {
    assumeNo(KnownDeviation.IAM_POLICY_SIZE_NOT_ENFORCED);

    assertCloudError(
        () -> backend().iam().createPolicy(unique("big"), "/", policyOfSize(6145), null, Map.of()),
        LimitExceededException.class,
        "LimitExceeded",
        409);
  }

  @Test
  void createPolicy_6144NonWhitespaceCharactersAndMoreWhitespace_succeeds() {
    String document = "\n    ".repeat(300) + policyOfSize(6144);

    ManagedPolicy policy = backend().iam().createPolicy(unique("large"), "/", document, null, Map.of());

    assertThat(policy.defaultVersionId()).isEqualTo("v1");
  }

  @Test
  void deletePolicy_unattached_removesIt() {
    ManagedPolicy policy = newPolicy();

    backend().iam().deletePolicy(policy.arn());

    assertThat(backend().iam().findPolicy(policy.arn())).isEmpty();
  }

  @Test
  void deletePolicy_attached_failsWithDeleteConflict() {
    assumeNo(KnownDeviation.IAM_DELETE_POLICY_CONFLICTS_NOT_ENFORCED);
    ManagedPolicy policy = newPolicy();
    backend().iam().attachPolicy(PrincipalRef.role(newRole().name()), policy.arn());

    assertCloudError(
        () -> backend().iam().deletePolicy(policy.arn()),
        DependencyViolationException.class,
        "DeleteConflict",
        409);
  }

  @Test
  void deletePolicy_withNonDefaultVersion_failsWithDeleteConflict() {
    assumeNo(KnownDeviation.IAM_DELETE_POLICY_CONFLICTS_NOT_ENFORCED);
    ManagedPolicy policy = newPolicy();
    backend().iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false);

    assertCloudError(
        () -> backend().iam().deletePolicy(policy.arn()),
        DependencyViolationException.class,
        "DeleteConflict",
        409);
  }

  @Test
  void deletePolicy_missing_failsWithNoSuchEntity() {
    assertCloudError(
        () ->
            backend()
                .iam()
                .deletePolicy("arn:aws:iam::" + accountId() + ":policy/" + unique("nothing")),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void tagPolicy_newTags_areOnThePolicy() {
    ManagedPolicy policy = newPolicy();

    backend().iam().tagPolicy(policy.arn(), Map.of("hyperpod-prereqs:stack", "demo"));

    assertThat(backend().iam().findPolicy(policy.arn()).orElseThrow().tags())
        .containsEntry("hyperpod-prereqs:stack", "demo");
  }
}
