package io.hyperpod.prereqs.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwsManagedPoliciesTest {

  @Test
  void all_bundledPolicies_areTheFourSortedByArn() {
    assertThat(AwsManagedPolicies.all())
        .extracting(AwsManagedPolicy::arn)
        .containsExactly(
            AwsManagedPolicies.ADMINISTRATOR_ACCESS,
            AwsManagedPolicies.SSM_MANAGED_INSTANCE_CORE,
            AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY,
            AwsManagedPolicies.SAGEMAKER_FULL_ACCESS);
  }

  @Test
  void get_clusterInstanceRolePolicy_hasTheRealStatements() {
    AwsManagedPolicy policy =
        AwsManagedPolicies.get(AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY).orElseThrow();

    assertThat(policy.policyName()).isEqualTo("AmazonSageMakerClusterInstanceRolePolicy");
    assertThat(policy.path()).isEqualTo("/");
    assertThat(policy.document().statements())
        .extracting(PolicyStatement::displayId)
        .containsExactly(
            "CloudwatchLogStreamPublishPermissions",
            "CloudwatchLogGroupCreationPermissions",
            "CloudwatchPutMetricDataAccess",
            "DataRetrievalFromS3BucketPermissions",
            "SSMConnectivityPermissions");
    assertThat(policy.labeled().label()).isEqualTo(policy.arn());
  }

  @Test
  void get_documentJson_reparsesToTheSameDocument() {
    for (AwsManagedPolicy policy : AwsManagedPolicies.all()) {
      assertThat(PolicyDocument.parse(policy.documentJson()))
          .as(policy.arn())
          .isEqualTo(policy.document());
      assertThat(policy.document().statements()).as(policy.arn()).isNotEmpty();
    }
  }

  @Test
  void get_unknownArn_isEmpty() {
    assertThat(AwsManagedPolicies.get("arn:aws:iam::aws:policy/NoSuchPolicy")).isEmpty();
  }
}
