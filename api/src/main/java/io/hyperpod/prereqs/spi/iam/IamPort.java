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

  /**
   * GetUser of one user.
   *
   * @param name the user's name, e.g. {@code alice}
   * @return the user with its ARN, id ({@code AIDA...}) and tags; empty when there is no such user
   */
  Optional<IamUser> findUser(String name);

  /**
   * CreateUser with these tags.
   *
   * @param name the user's name, 1 to 64 characters of {@code [A-Za-z0-9+=,.@_-]}
   * @param tags the user's tags
   * @return the new user, with its ARN and unique id
   * @throws io.hyperpod.prereqs.spi.AlreadyExistsException (EntityAlreadyExists) when the name is
   *     taken
   */
  IamUser createUser(String name, Map<String, String> tags);

  /**
   * Fails with DeleteConflict while policies are attached or inline policies exist.
   *
   * @param name the user's name
   * @throws io.hyperpod.prereqs.spi.DependencyViolationException (DeleteConflict) while policies are attached
   * @throws io.hyperpod.prereqs.spi.NotFoundException (NoSuchEntity) when there is no such user
   */
  void deleteUser(String name);

  /**
   * GetRole of one role.
   *
   * @param name the role's name, e.g. {@code demo-execution-role}
   * @return the role with its ARN, id ({@code AROA...}), trust policy and tags; empty when there is
   *     no such role
   */
  Optional<IamRole> findRole(String name);

  /**
   * CreateRole with this trust policy.
   *
   * @param name the role's name, 1 to 64 characters of {@code [A-Za-z0-9+=,.@_-]}
   * @param assumeRolePolicyDocument the trust policy, JSON
   * @param description the role's description
   * @param tags the role's tags
   * @return the new role, with its ARN and unique id
   * @throws io.hyperpod.prereqs.spi.AlreadyExistsException (EntityAlreadyExists) when the name is
   *     taken
   * @throws io.hyperpod.prereqs.spi.MalformedException (MalformedPolicyDocument) for a bad trust
   *     policy
   */
  IamRole createRole(
      String name, String assumeRolePolicyDocument, String description, Map<String, String> tags);

  /**
   * UpdateAssumeRolePolicy: replaces the role's trust policy.
   *
   * @param roleName the role's name
   * @param document the new trust policy, JSON
   * @throws io.hyperpod.prereqs.spi.NotFoundException (NoSuchEntity) when there is no such role
   */
  void updateAssumeRolePolicy(String roleName, String document);

  /**
   * Fails with DeleteConflict while policies are attached or inline policies exist.
   *
   * @param name the role's name
   * @throws io.hyperpod.prereqs.spi.DependencyViolationException (DeleteConflict) while policies are attached
   * @throws io.hyperpod.prereqs.spi.NotFoundException (NoSuchEntity) when there is no such role
   */
  void deleteRole(String name);

  /**
   * TagUser or TagRole: adds or overwrites these tags.
   *
   * @param principal the user or role
   * @param tags the tags to set
   */
  void tag(PrincipalRef principal, Map<String, String> tags);

  /**
   * UntagUser or UntagRole: removes the tags with these keys.
   *
   * @param principal the user or role
   * @param keys the keys of the tags to remove
   */
  void untag(PrincipalRef principal, Collection<String> keys);

  /**
   * Customer or AWS managed policy by ARN.
   *
   * @param arn the policy's ARN, e.g. {@code arn:aws:iam::aws:policy/AmazonSageMakerFullAccess}
   * @return the policy with its default version's document; empty when there is no such policy
   */
  Optional<ManagedPolicy> findPolicy(String arn);

  /**
   * Creates a customer-managed policy under an IAM path ({@code /} or {@code /a/b/}); the path is
   * part of its ARN ({@code arn:aws:iam::ACCOUNT:policy/a/b/NAME}).
   *
   * @param name the policy's name
   * @param path the IAM path, {@code /} or {@code /a/b/}
   * @param document the policy document, JSON
   * @param description the policy's description
   * @param tags the policy's tags
   * @return the new policy, with its ARN and default version {@code v1}
   * @throws io.hyperpod.prereqs.spi.AlreadyExistsException (EntityAlreadyExists) when the name is
   *     taken
   * @throws io.hyperpod.prereqs.spi.MalformedException (MalformedPolicyDocument) for a bad document
   */
  ManagedPolicy createPolicy(
      String name, String path, String document, String description, Map<String, String> tags);

  /**
   * Fails with DeleteConflict while attached or while it has non-default versions.
   *
   * @param arn the policy's ARN
   * @throws io.hyperpod.prereqs.spi.DependencyViolationException (DeleteConflict) while attached or with other
   *     versions
   */
  void deletePolicy(String arn);

  /**
   * ListPolicyVersions of a managed policy.
   *
   * @param arn the policy's ARN
   * @return its versions, each with its id ({@code v1}, {@code v2}, ...) and whether it is the
   *     default
   */
  List<PolicyVersion> listPolicyVersions(String arn);

  /**
   * Fails with LimitExceeded when the policy has five versions already.
   *
   * @param arn the policy's ARN
   * @param document the new version's document, JSON
   * @param setAsDefault whether the new version becomes the default
   * @return the new version
   * @throws io.hyperpod.prereqs.spi.LimitExceededException (LimitExceeded) at five versions
   */
  PolicyVersion createPolicyVersion(String arn, String document, boolean setAsDefault);

  /**
   * Fails with DeleteConflict for the default version.
   *
   * @param arn the policy's ARN
   * @param versionId the version's id, e.g. {@code v2}
   * @throws io.hyperpod.prereqs.spi.DependencyViolationException (DeleteConflict) for the default version
   */
  void deletePolicyVersion(String arn, String versionId);

  /**
   * TagPolicy: adds or overwrites these tags on a managed policy.
   *
   * @param arn the policy's ARN
   * @param tags the tags to set
   */
  void tagPolicy(String arn, Map<String, String> tags);

  /**
   * AttachUserPolicy or AttachRolePolicy.
   *
   * @param principal the user or role
   * @param policyArn the managed policy's ARN
   * @throws io.hyperpod.prereqs.spi.NotFoundException (NoSuchEntity) when the principal or the
   *     policy does not exist
   */
  void attachPolicy(PrincipalRef principal, String policyArn);

  /**
   * DetachUserPolicy or DetachRolePolicy.
   *
   * @param principal the user or role
   * @param policyArn the managed policy's ARN
   * @throws io.hyperpod.prereqs.spi.NotFoundException (NoSuchEntity) when the policy is not
   *     attached
   */
  void detachPolicy(PrincipalRef principal, String policyArn);

  /**
   * PutUserPolicy or PutRolePolicy: creates or replaces an inline policy.
   *
   * @param principal the user or role
   * @param policyName the inline policy's name
   * @param document the policy document, JSON
   * @throws io.hyperpod.prereqs.spi.MalformedException (MalformedPolicyDocument) for a bad document
   */
  void putInlinePolicy(PrincipalRef principal, String policyName, String document);

  /**
   * DeleteUserPolicy or DeleteRolePolicy of an inline policy.
   *
   * @param principal the user or role
   * @param policyName the inline policy's name
   * @throws io.hyperpod.prereqs.spi.NotFoundException (NoSuchEntity) when there is no such policy
   */
  void deleteInlinePolicy(PrincipalRef principal, String policyName);

  /**
   * SimulatePrincipalPolicy: the identity policies of a user or role ({@code policySourceArn}),
   * and its permissions boundary, evaluated for each action on each resource. An unknown principal
   * fails with NoSuchEntity.
   *
   * @param policySourceArn the user's or role's ARN
   * @param simulation the actions, resources and context entries to evaluate
   * @return one result per action and resource, with its decision
   */
  List<SimulationResult> simulatePrincipalPolicy(String policySourceArn, PolicySimulation simulation);

  /**
   * SimulateCustomPolicy: the given identity policy documents (and permissions boundaries)
   * evaluated for each action on each resource. A document that does not parse fails with
   * MalformedPolicyDocument.
   *
   * @param policyDocuments identity policy documents, JSON
   * @param permissionsBoundaries permissions boundary documents, JSON; empty for none
   * @param simulation the actions, resources and context entries to evaluate
   * @return one result per action and resource, with its decision
   * @throws io.hyperpod.prereqs.spi.MalformedException (MalformedPolicyDocument) for a document that
   *     does not parse
   */
  List<SimulationResult> simulateCustomPolicy(
      List<String> policyDocuments, List<String> permissionsBoundaries, PolicySimulation simulation);
}
