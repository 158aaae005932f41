/**
 * IAM policy evaluation: parse policy documents, describe a request, and get a decision that
 * explains itself.
 *
 * <pre>{@code
 * PolicyEvaluator evaluator = PolicyEvaluator.create();
 * Decision decision = evaluator.evaluate(
 *     AuthorizationRequest.builder()
 *         .principalArn("arn:aws:iam::111122223333:role/hp-exec")
 *         .action("s3:GetObject")
 *         .resource("arn:aws:s3:::sagemaker-x/hyperpod/lifecycle/on_create.sh")
 *         .resourceAccount("111122223333")
 *         .build(),
 *     PolicySet.builder()
 *         .addIdentityPolicy(AwsManagedPolicies.get(
 *             AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY).orElseThrow().labeled())
 *         .resourcePolicy(LabeledPolicy.parse("bucket-policy:sagemaker-x", bucketPolicyJson))
 *         .build());
 * decision.decision();            // ALLOWED, EXPLICIT_DENY or IMPLICIT_DENY
 * decision.decidingStatements();  // which statements, and why
 * decision.explanation();         // the same, for people
 * }</pre>
 *
 * <p>Supported: Action/NotAction, Resource/NotResource, Principal/NotPrincipal (AWS, Service,
 * Federated, "*"), the String, Numeric, Date, Bool, Null, IpAddress/NotIpAddress and Arn
 * operators with IfExists and ForAnyValue/ForAllValues, and policy variables. Anything else that
 * could bear on a request makes the decision fail closed ({@code implicitDeny}) and name it in
 * {@link io.hyperpod.prereqs.policy.Decision#unsupported()}. Not modelled: SCPs, RCPs, session
 * policies, role-session ARNs.
 */
package io.hyperpod.prereqs.policy;
