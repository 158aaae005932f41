package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;

/** Every AWS managed policy of AWS's catalog, with its path, default version and document. */
class SimulatorServerManagedPoliciesTest {
  static SimulatorServer server;
  static IamClient iam;

  @BeforeAll
  static void start() {
    server = SimulatorServer.builder(AwsSimulator.create()).start();
    iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void anyManagedPolicyOfTheCatalog_canBeAttached_andAnswersItsPathVersionAndDocument() {
    iam.createRole(
        r -> r.roleName("lambda")
            .assumeRolePolicyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                    + "{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
    String arn = "arn:aws:iam::aws:policy/AWSLambdaExecute";

    iam.attachRolePolicy(r -> r.roleName("lambda").policyArn(arn));
    Policy policy = iam.getPolicy(r -> r.policyArn(arn)).policy();
    String document =
        iam.getPolicyVersion(r -> r.policyArn(arn).versionId(policy.defaultVersionId()))
            .policyVersion()
            .document();

    assertThat(policy.path()).isEqualTo("/");
    assertThat(policy.attachmentCount()).isEqualTo(1);
    assertThat(URLDecoder.decode(document, StandardCharsets.UTF_8))
        .contains("\"logs:*\"")
        .contains("arn:aws:s3:::*");
    Policy service =
        iam.getPolicy(
                r -> r.policyArn(
                    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"))
            .policy();
    assertThat(service.path()).isEqualTo("/service-role/");
  }

  @Test
  void listPolicies_ofScopeAws_pagesThroughTheWholeCatalog() {
    long count =
        iam.listPoliciesPaginator(r -> r.scope(PolicyScopeType.AWS).maxItems(1000)).policies()
            .stream()
            .map(Policy::arn)
            .distinct()
            .count();

    assertThat(count).isEqualTo(1485);
  }
}
