package io.hyperpod.prereqs.spi.iam;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM, in the project's own terms. Documents are JSON strings (decoded; backends do the URL
 * encoding AWS uses on the wire). Every method throws {@link io.hyperpod.prereqs.spi.CloudException}
 * subclasses with AWS's error codes.
 */
public interface IamPort {
  /**
   * {@return users, roles and customer-managed policies of the whole account, in one logical read}
   */
  IamSnapshot snapshot();

  Optional<IamUser> findUser(String name);

  IamUser createUser(String name, Map<String, String> tags);

  /** Fails with DeleteConflict while policies are attached or inline policies exist. */
  void deleteUser(String name);

  Optional<IamRole> findRole(String name);

  IamRole createRole(
      String name, String assumeRolePolicyDocument, String description, Map<String, String> tags);

  void updateAssumeRolePolicy(String roleName, String document);

  /** Fails with DeleteConflict while policies are attached or inline policies exist. */
  void deleteRole(String name);

  void tag(PrincipalRef principal, Map<String, String> tags);

  void untag(PrincipalRef principal, Collection<String> keys);

  /** Customer or AWS managed policy by ARN. */
  Optional<ManagedPolicy> findPolicy(String arn);

  /**
   * Creates a customer-managed policy under an IAM path ({@code /} or {@code /a/b/}); the path is
   * part of its ARN ({@code arn:aws:iam::ACCOUNT:policy/a/b/NAME}).
   */
  ManagedPolicy createPolicy(
      String name, String path, String document, String description, Map<String, String> tags);

  /** Fails with DeleteConflict while attached or while it has non-default versions. */
  void deletePolicy(String arn);

  List<PolicyVersion> listPolicyVersions(String arn);

  /** Fails with LimitExceeded when the policy has five versions already. */
  PolicyVersion createPolicyVersion(String arn, String document, boolean setAsDefault);

  /** Fails with DeleteConflict for the default version. */
  void deletePolicyVersion(String arn, String versionId);

  void tagPolicy(String arn, Map<String, String> tags);

  void attachPolicy(PrincipalRef principal, String policyArn);

  void detachPolicy(PrincipalRef principal, String policyArn);

  void putInlinePolicy(PrincipalRef principal, String policyName, String document);

  void deleteInlinePolicy(PrincipalRef principal, String policyName);

  /**
   * SimulatePrincipalPolicy: the identity policies of a user or role ({@code policySourceArn}),
   * and its permissions boundary, evaluated for each action on each resource. An unknown principal
   * fails with NoSuchEntity.
   */
  List<SimulationResult> simulatePrincipalPolicy(String policySourceArn, PolicySimulation simulation);

  /**
   * SimulateCustomPolicy: the given identity policy documents (and permissions boundaries)
   * evaluated for each action on each resource. A document that does not parse fails with
   * MalformedPolicyDocument.
   */
  List<SimulationResult> simulateCustomPolicy(
      List<String> policyDocuments, List<String> permissionsBoundaries, PolicySimulation simulation);
}
