package io.hyperpod.prereqs.simulator.internal.sts;

import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.spi.iam.EvalDecision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicyKind;
import io.hyperpod.prereqs.policy.PolicySet;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.iam.IamArns;
import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import io.hyperpod.prereqs.simulator.internal.iam.IdentityPolicies;
import io.hyperpod.prereqs.simulator.internal.iam.PrincipalRecord;
import io.hyperpod.prereqs.simulator.internal.iam.RoleRecord;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STS AssumeRole with AWS's semantics: the request's constraints, then the role's trust policy and
 * the caller's identity policies judged by the project's policy evaluator (across the simulator's
 * accounts), then a session in the role's account whose credentials act as the role. Use inside a
 * {@link BackendContext#call} of the caller's context.
 */
public final class StsOperations {
  /** A role's session limit; the simulator's roles keep IAM's default. */
  public static final int MAX_SESSION_DURATION = 3600;

  static final int DEFAULT_DURATION = 3600;
  static final int CHAINED_MAX_DURATION = 3600;

  private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();
  /** An account no principal is in: makes the evaluator apply its across-accounts rule. */
  private static final String ACROSS = "000000000000";
  private static final Pattern ROLE_ARN =
      Pattern.compile("arn:aws:iam::(\\d{12}):role(/|/[\\u0021-\\u007E]*/)([\\w+=,.@-]+)");

  private final BackendContext context;

  public StsOperations(BackendContext context) {
    this.context = context;
  }

  /** Issues the session, or fails as AWS does; nothing changes on failure. */
  public SessionRecord assumeRole(AssumeRoleInput in) {
    AssumeRoleInputs.validate(in);
    Caller caller = caller();
    Optional<SessionRecord> calling = callingSession(caller);
    Map<String, String> tags = AssumeRoleInputs.sessionTags(in, calling);
    RoleRecord role = findRole(in.roleArn()).orElseThrow(() -> denied(caller, in.roleArn()));
    String roleAccount = accountOf(in.roleArn());
    String roleArn = IamArns.role(roleAccount, role.path(), role.name());
    authorize(caller, "sts:AssumeRole", roleArn, roleAccount, role, in);
    if (!in.tags().isEmpty() || !in.transitiveTagKeys().isEmpty()) {
      authorize(caller, "sts:TagSession", roleArn, roleAccount, role, in);
    }
    if (in.sourceIdentity() != null) {
      authorize(caller, "sts:SetSourceIdentity", roleArn, roleAccount, role, in);
    }
    int duration = duration(in, caller);
    SessionRecord session = new SessionRecord();
    session.accessKeyId = "ASIA" + context.ids().alphanumeric(16);
    session.secretAccessKey = context.ids().secret(40);
    session.sessionToken = "IQoJb3JpZ2luX2Vj" + context.ids().secret(240);
    session.accountId = roleAccount;
    session.roleName = role.name();
    session.roleId = role.id();
    session.sessionName = in.roleSessionName();
    session.expiration = context.now().plusSeconds(duration);
    session.sourceIdentity =
        in.sourceIdentity() != null
            ? in.sourceIdentity()
            : calling.map(SessionRecord::sourceIdentity).orElse(null);
    session.tags.putAll(tags);
    session.transitiveTagKeys.addAll(AssumeRoleInputs.transitiveKeys(in, calling, tags));
    session.packedPolicySize = AssumeRoleInputs.packedPolicySize(in, tags);
    context.state().sts().put(session, context.now());
    return session;
  }

  /** Whether the response carries PackedPolicySize: when session policies or tags were passed. */
  public static boolean reportsPackedSize(AssumeRoleInput in) {
    return in.policy() != null || !in.policyArns().isEmpty() || !in.tags().isEmpty();
  }

  // ---- the caller ---------------------------------------------------------------------------

  /** The caller as the evaluator sees it: ARN for messages, ARN for policies, its record. */
  private record Caller(
      SimulatedCaller who, String displayArn, String principalArn, PrincipalRecord record) {}

  private Caller caller() {
    SimulatedCaller who = context.caller();
    String account = context.accountId();
    IamOperations iam = new IamOperations(context);
    switch (who.kind()) {
      case USER -> {
        PrincipalRecord user =
            iam.store().user(who.name().orElseThrow()).orElseThrow(this::invalidToken);
        String arn = IamArns.user(account, user.path(), user.name());
        return new Caller(who, arn, arn, user);
      }
      case ROLE -> {
        PrincipalRecord role =
            iam.store().role(who.name().orElseThrow()).orElseThrow(this::invalidToken);
        return new Caller(
            who,
            "arn:aws:sts::" + account + ":assumed-role/" + role.name() + "/"
                + who.sessionName().orElseThrow(),
            IamArns.role(account, role.path(), role.name()),
            role);
      }
      default -> throw AwsError.STS_ACCESS_DENIED.exception(
          "Roles may not be assumed by root accounts.");
    }
  }

  /** The session the caller acts in, when it is a role session (role chaining). */
  private Optional<SessionRecord> callingSession(Caller caller) {
    if (caller.who().kind() != SimulatedCaller.Kind.ROLE) {
      return Optional.empty();
    }
    return context.state().sts().latest(
        context.accountId(), caller.record().name(), caller.who().sessionName().orElseThrow(),
        context.now());
  }

  private CloudException invalidToken() {
    return AwsError.STS_INVALID_CLIENT_TOKEN_ID.exception(
        "The security token included in the request is invalid.");
  }

  // ---- the role -------------------------------------------------------------------------------

  /** ARN syntax first (ValidationError), then the role: it must exist under exactly this ARN. */
  private Optional<RoleRecord> findRole(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length < 6
        || !parts[0].equals("arn")
        || parts[1].isEmpty()
        || parts[2].isEmpty()
        || parts[5].isEmpty()) {
      throw AwsError.STS_VALIDATION_ERROR.exception(arn + " is invalid");
    }
    Matcher m = ROLE_ARN.matcher(arn);
    if (!m.matches()) {
      return Optional.empty();
    }
    return context.state().existingAccount(m.group(1))
        .flatMap(account -> account.iam().role(m.group(3)))
        .filter(role -> role.path().equals(m.group(2)) && role.name().equals(m.group(3)));
  }

  private static String accountOf(String roleArn) {
    return roleArn.split(":")[4];
  }

  // ---- the decision ---------------------------------------------------------------------------

  private void authorize(
      Caller caller, String action, String roleArn, String roleAccount, RoleRecord role,
      AssumeRoleInput in) {
    AuthorizationRequest.Builder request =
        AuthorizationRequest.builder()
            .principalArn(caller.principalArn())
            .principalTags(caller.record().tags())
            .action(action)
            .resource(roleArn)
            .resourceAccount(roleAccount)
            .contextValue("sts:RoleSessionName", in.roleSessionName());
    if (in.externalId() != null) {
      request.contextValue("sts:ExternalId", in.externalId());
    }
    if (in.sourceIdentity() != null) {
      request.contextValue("sts:SourceIdentity", in.sourceIdentity());
    }
    request.contextValue(
        "aws:MultiFactorAuthPresent",
        String.valueOf(in.serialNumber() != null && in.tokenCode() != null));
    Map<String, String> requestTags = new LinkedHashMap<>();
    in.tags().forEach(t -> requestTags.put(t.getKey(), t.getValue()));
    requestTags.forEach((k, v) -> request.contextValue("aws:RequestTag/" + k, v));
    if (!requestTags.isEmpty()) {
      request.putContext("aws:TagKeys", List.copyOf(requestTags.keySet()));
    }
    if (!in.transitiveTagKeys().isEmpty()) {
      request.putContext("sts:TransitiveTagKeys", List.copyOf(in.transitiveTagKeys()));
    }
    IamOperations callerIam = new IamOperations(context);
    PolicySet policies =
        PolicySet.builder()
            .addAllIdentityPolicies(IdentityPolicies.of(callerIam, caller.record()))
            .permissionsBoundary(IdentityPolicies.boundary(callerIam, caller.record()))
            .resourcePolicy(trust(roleArn, role))
            .build();
    if (!trustAllows(request, policies, roleAccount)) {
      throw denied(caller, roleArn, action);
    }
  }

  /**
   * A role's trust policy must always allow: naming the caller, which needs nothing more in the
   * role's account, or naming its account, which the caller's identity policies must then allow
   * (as across accounts). An identity-based allow alone is not enough, unlike other resources.
   */
  private static boolean trustAllows(
      AuthorizationRequest.Builder request, PolicySet policies, String roleAccount) {
    Decision decision = EVALUATOR.evaluate(request.build(), policies);
    if (decision.decision() != EvalDecision.ALLOWED) {
      return false;
    }
    boolean byTrust =
        decision.decidingStatements().stream().anyMatch(s -> s.policyKind() == PolicyKind.RESOURCE);
    if (byTrust) {
      return true;
    }
    // Judged as across accounts (the account's identity side and the trust policy must both
    // allow), with aws:ResourceAccount still the role's own.
    AuthorizationRequest asAcross =
        request
            .resourceAccount(ACROSS)
            .contextValue("aws:ResourceAccount", roleAccount)
            .build();
    return EVALUATOR.evaluate(asAcross, policies).decision() == EvalDecision.ALLOWED;
  }

  private static Optional<LabeledPolicy> trust(String roleArn, RoleRecord role) {
    try {
      return Optional.of(
          LabeledPolicy.parse("trust-policy:" + roleArn, role.assumeRolePolicyDocument()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static CloudException denied(Caller caller, String roleArn) {
    return denied(caller, roleArn, "sts:AssumeRole");
  }

  private static CloudException denied(Caller caller, String roleArn, String action) {
    return AwsError.STS_ACCESS_DENIED.exception(
        "User: " + caller.displayArn() + " is not authorized to perform: " + action
            + " on resource: " + roleArn);
  }

  // ---- duration -------------------------------------------------------------------------------

  private static int duration(AssumeRoleInput in, Caller caller) {
    if (in.durationSeconds() == null) {
      return DEFAULT_DURATION;
    }
    int seconds = in.durationSeconds();
    if (caller.who().kind() == SimulatedCaller.Kind.ROLE && seconds > CHAINED_MAX_DURATION) {
      throw AwsError.STS_VALIDATION_ERROR.exception(
          "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by"
              + " role chaining.");
    }
    if (seconds > MAX_SESSION_DURATION) {
      throw AwsError.STS_VALIDATION_ERROR.exception(
          "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }
    return seconds;
  }
}
