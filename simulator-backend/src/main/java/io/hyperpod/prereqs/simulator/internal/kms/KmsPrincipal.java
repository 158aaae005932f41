package io.hyperpod.prereqs.simulator.internal.kms;

import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyDocument;
import io.hyperpod.prereqs.policy.PrincipalType;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.iam.IamArns;
import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import io.hyperpod.prereqs.simulator.internal.iam.IdentityPolicies;
import io.hyperpod.prereqs.simulator.internal.iam.PrincipalRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a KMS request is judged for: the ARN its messages show, the ARN key policies match, and its
 * identity-based policies. The account root has every IAM permission (only a key policy can keep
 * it out), so its identity side is one allow of everything.
 */
record KmsPrincipal(
    String displayArn,
    String principalArn,
    PrincipalType type,
    Map<String, String> tags,
    List<LabeledPolicy> identityPolicies,
    Optional<LabeledPolicy> boundary) {

  private static final LabeledPolicy ROOT_IDENTITY =
      LabeledPolicy.of(
          "account-root",
          PolicyDocument.parse(
              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
                  + "\"Resource\":\"*\"}]}"));

  /** An identity policy that allows everything (the root's; also to ask what a key policy allows). */
  static LabeledPolicy allowAll() {
    return ROOT_IDENTITY;
  }

  /** The caller of the context's operation. */
  static KmsPrincipal caller(BackendContext context) {
    SimulatedCaller who = context.caller();
    String account = context.accountId();
    IamOperations iam = new IamOperations(context);
    return switch (who.kind()) {
      case ROOT -> new KmsPrincipal(
          "arn:aws:iam::" + account + ":root", "arn:aws:iam::" + account + ":root",
          PrincipalType.USER, Map.of(), List.of(ROOT_IDENTITY), Optional.empty());
      case USER -> {
        PrincipalRecord user =
            iam.store().user(who.name().orElseThrow()).orElseThrow(KmsPrincipal::invalidToken);
        String arn = IamArns.user(account, user.path(), user.name());
        yield of(iam, arn, arn, PrincipalType.USER, user);
      }
      case ROLE -> {
        PrincipalRecord role =
            iam.store().role(who.name().orElseThrow()).orElseThrow(KmsPrincipal::invalidToken);
        yield of(
            iam,
            "arn:aws:sts::" + account + ":assumed-role/" + role.name() + "/"
                + who.sessionName().orElseThrow(),
            IamArns.role(account, role.path(), role.name()),
            PrincipalType.ROLE,
            role);
      }
    };
  }

  /** A role of the context's account acting through a service (e.g. a cluster's execution role). */
  static Optional<KmsPrincipal> role(BackendContext context, String roleName) {
    IamOperations iam = new IamOperations(context);
    return iam.store().role(roleName).map(role -> {
      String arn = IamArns.role(context.accountId(), role.path(), role.name());
      return of(iam, arn, arn, PrincipalType.ROLE, role);
    });
  }

  private static KmsPrincipal of(
      IamOperations iam, String display, String arn, PrincipalType type, PrincipalRecord record) {
    return new KmsPrincipal(
        display, arn, type, record.tags(), IdentityPolicies.of(iam, record),
        IdentityPolicies.boundary(iam, record));
  }

  private static RuntimeException invalidToken() {
    return AwsError.KMS_UNRECOGNIZED_CLIENT.exception(
        "The security token included in the request is invalid.");
  }
}
