package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.Absent;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The simulator's IAM port: each method is one AWS operation on the account's {@link IamStore}. */
public final class SimulatedIam implements IamPort {
  private static final String IAM = "iam";
  private static final String ROOT_PATH = "/";
  private static final String NO_SUCH_ENTITY = "NoSuchEntity";

  private final BackendContext context;

  public SimulatedIam(BackendContext context) {
    this.context = context;
  }

  @Override
  public IamSnapshot snapshot() {
    return call(
        "GetAccountAuthorizationDetails",
        ops -> {
          IamStore store = ops.store();
          return IamSnapshot.builder()
              .users(
                  store.users().stream()
                      .map(u -> IamViews.user(accountId(), u))
                      .collect(Collectors.toList()))
              .roles(
                  store.roles().stream()
                      .map(r -> IamViews.role(accountId(), r))
                      .collect(Collectors.toList()))
              .policies(
                  store.policies().stream()
                      .map(p -> IamViews.policy(accountId(), p, store))
                      .collect(Collectors.toList()))
              .build();
        });
  }

  @Override
  public Optional<IamUser> findUser(String name) {
    return Absent.when(
        NO_SUCH_ENTITY,
        () -> call("GetUser", ops -> IamViews.user(accountId(), ops.getUser(name))));
  }

  @Override
  public IamUser createUser(String name, Map<String, String> tags) {
    return call(
        "CreateUser", ops -> IamViews.user(accountId(), ops.createUser(name, ROOT_PATH, tags)));
  }

  @Override
  public void deleteUser(String name) {
    run("DeleteUser", ops -> ops.deleteUser(name));
  }

  @Override
  public Optional<IamRole> findRole(String name) {
    return Absent.when(
        NO_SUCH_ENTITY,
        () -> call("GetRole", ops -> IamViews.role(accountId(), ops.getRole(name))));
  }

  @Override
  public IamRole createRole(
      String name, String assumeRolePolicyDocument, String description, Map<String, String> tags) {
    return call(
        "CreateRole",
        ops ->
            IamViews.role(
                accountId(),
                ops.createRole(name, ROOT_PATH, assumeRolePolicyDocument, description, tags)));
  }

  @Override
  public void updateAssumeRolePolicy(String roleName, String document) {
    run("UpdateAssumeRolePolicy", ops -> ops.updateAssumeRolePolicy(roleName, document));
  }

  @Override
  public void deleteRole(String name) {
    run("DeleteRole", ops -> ops.deleteRole(name));
  }

  @Override
  public void tag(PrincipalRef principal, Map<String, String> tags) {
    run(byKind(principal, "TagUser", "TagRole"), ops -> ops.tag(principal, tags));
  }

  @Override
  public void untag(PrincipalRef principal, Collection<String> keys) {
    run(byKind(principal, "UntagUser", "UntagRole"), ops -> ops.untag(principal, keys));
  }

  @Override
  public Optional<ManagedPolicy> findPolicy(String arn) {
    return Absent.when(
        NO_SUCH_ENTITY,
        () ->
            call(
                "GetPolicy", ops -> IamViews.policy(accountId(), ops.getPolicy(arn), ops.store())));
  }

  @Override
  public ManagedPolicy createPolicy(
      String name, String path, String document, String description, Map<String, String> tags) {
    return call(
        "CreatePolicy",
        ops ->
            IamViews.policy(
                accountId(),
                ops.createPolicy(name, path, document, description, tags),
                ops.store()));
  }

  @Override
  public void deletePolicy(String arn) {
    run("DeletePolicy", ops -> ops.deletePolicy(arn));
  }

  @Override
  public List<PolicyVersion> listPolicyVersions(String arn) {
    return call(
        "ListPolicyVersions",
        ops ->
            ops.listPolicyVersions(arn).stream()
                .map(IamViews::version)
                .collect(Collectors.toList()));
  }

  @Override
  public PolicyVersion createPolicyVersion(String arn, String document, boolean setAsDefault) {
    return call(
        "CreatePolicyVersion",
        ops -> IamViews.version(ops.createPolicyVersion(arn, document, setAsDefault)));
  }

  @Override
  public void deletePolicyVersion(String arn, String versionId) {
    run("DeletePolicyVersion", ops -> ops.deletePolicyVersion(arn, versionId));
  }

  @Override
  public void tagPolicy(String arn, Map<String, String> tags) {
    run("TagPolicy", ops -> ops.tagPolicy(arn, tags));
  }

  @Override
  public void attachPolicy(PrincipalRef principal, String policyArn) {
    run(
        byKind(principal, "AttachUserPolicy", "AttachRolePolicy"),
        ops -> ops.attachPolicy(principal, policyArn));
  }

  @Override
  public void detachPolicy(PrincipalRef principal, String policyArn) {
    run(
        byKind(principal, "DetachUserPolicy", "DetachRolePolicy"),
        ops -> ops.detachPolicy(principal, policyArn));
  }

  @Override
  public void putInlinePolicy(PrincipalRef principal, String policyName, String document) {
    run(
        byKind(principal, "PutUserPolicy", "PutRolePolicy"),
        ops -> ops.putInlinePolicy(principal, policyName, document));
  }

  @Override
  public void deleteInlinePolicy(PrincipalRef principal, String policyName) {
    run(
        byKind(principal, "DeleteUserPolicy", "DeleteRolePolicy"),
        ops -> ops.deleteInlinePolicy(principal, policyName));
  }

  @Override
  public List<SimulationResult> simulatePrincipalPolicy(
      String policySourceArn, PolicySimulation simulation) {
    return call(
        "SimulatePrincipalPolicy",
        ops -> ops.simulatePrincipalPolicy(policySourceArn, simulation));
  }

  @Override
  public List<SimulationResult> simulateCustomPolicy(
      List<String> policyDocuments, List<String> permissionsBoundaries, PolicySimulation simulation) {
    return call(
        "SimulateCustomPolicy",
        ops -> ops.simulateCustomPolicy(policyDocuments, permissionsBoundaries, simulation));
  }

  private String accountId() {
    return context.accountId();
  }

  private <T> T call(String operation, Function<IamOperations, T> action) {
    return context.call(IAM, operation, () -> action.apply(new IamOperations(context)));
  }

  private void run(String operation, Consumer<IamOperations> action) {
    context.run(IAM, operation, () -> action.accept(new IamOperations(context)));
  }

  private static String byKind(PrincipalRef principal, String userOperation, String roleOperation) {
    return principal.kind() == PrincipalRef.Kind.USER ? userOperation : roleOperation;
  }
}
