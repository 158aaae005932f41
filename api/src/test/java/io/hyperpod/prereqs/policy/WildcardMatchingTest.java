package io.hyperpod.prereqs.policy;

import static io.hyperpod.prereqs.policy.PolicyFixtures.ALICE;
import static io.hyperpod.prereqs.policy.PolicyFixtures.evaluate;
import static io.hyperpod.prereqs.policy.PolicyFixtures.request;
import static io.hyperpod.prereqs.policy.PolicyFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Action and Resource patterns, through one Allow statement. */
class WildcardMatchingTest {

  private static boolean allows(String actionPattern, String resourcePattern, String action,
      String resource) {
    return evaluate(request(ALICE, action).resource(resource).build(),
        statement("S", "Allow", actionPattern, resourcePattern)).allowed();
  }

  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource({
    "*, s3:GetObject, true",
    "s3:*, s3:GetObject, true",
    "S3:GETOBJECT, s3:GetObject, true",
    "s3:get*, s3:GetObjectAcl, true",
    "s3:Get*Acl, s3:GetObjectAcl, true",
    "s3:Get*Acl, s3:GetObject, false",
    "s3:?etObject, s3:GetObject, true",
    "s3:?etObject, s3:etObject, false",
    "s3:GetObject?, s3:GetObject, false",
    "s3:GetObject, s3:GetObjectAcl, false",
    "sagemaker:*Cluster*, sagemaker:DescribeClusterNode, true",
  })
  void evaluate_actionPattern_matchesCaseInsensitively(String pattern, String action,
      boolean expected) {
    assertThat(allows(pattern, "*", action, "arn:aws:s3:::b/k")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource({
    "arn:aws:s3:::sagemaker-*, arn:aws:s3:::sagemaker-x, true",
    "arn:aws:s3:::sagemaker-*, arn:aws:s3:::sagemaker-x/hyperpod/lifecycle/on_create.sh, true",
    "arn:aws:s3:::sagemaker-*, arn:aws:s3:::my-sagemaker-x, false",
    "arn:aws:s3:::sagemaker-*/*, arn:aws:s3:::sagemaker-x, false",
    "arn:aws:s3:::*sagemaker*, arn:aws:s3:::team-sagemaker-data/x, true",
    "arn:aws:s3:::b/?.txt, arn:aws:s3:::b/a.txt, true",
    "arn:aws:s3:::b/?.txt, arn:aws:s3:::b/ab.txt, false",
    "arn:aws:s3:::B/*, arn:aws:s3:::b/k, false",
    "arn:aws:ec2:*:*:network-interface/*, arn:aws:ec2:us-west-2:111122223333:network-interface/eni-1, true",
    "arn:aws:ec2:*:network-interface/*, arn:aws:ec2:us-west-2:111122223333:network-interface/eni-1, false",
    "arn:aws:sagemaker:us-west-2:111122223333:cluster/*, arn:aws:sagemaker:us-west-2:111122223333:cluster/c1, true",
    "arn:aws:sagemaker:us-west-2:111122223333:cluster/*, arn:aws:sagemaker:us-west-2:444455556666:cluster/c1, false",
    "arn:*, arn:aws:s3:::b/k, true",
    "*, arn:aws:s3:::b/k, true",
    "*, *, true",
    "arn:aws:s3:::*, *, false",
  })
  void evaluate_resourcePattern_matchesPerArnComponent(String pattern, String resource,
      boolean expected) {
    assertThat(allows("s3:GetObject", pattern, "s3:GetObject", resource)).isEqualTo(expected);
  }
}
