package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** IAM reads shared by the IAM resources and the Run As checks: one account snapshot per run. */
public final class IamReads {
  private IamReads() {}

  public static IamSnapshot snapshot(ObserveContext ctx) {
    return ctx.cached("iam.snapshot", () -> ctx.backend().iam().snapshot());
  }

  /** The user of this name: from the run's snapshot, or by name ({@link ObserveContext#oneByOne}). */
  public static Optional<IamUser> user(ObserveContext ctx, String name) {
    return ctx.oneByOne()
        ? ctx.cached("iam.user." + name.toLowerCase(Locale.ROOT),
            () -> ctx.backend().iam().findUser(name))
        : snapshot(ctx).user(name);
  }

  /** The role of this name: from the run's snapshot, or by name. */
  public static Optional<IamRole> role(ObserveContext ctx, String name) {
    return ctx.oneByOne()
        ? ctx.cached("iam.role." + name.toLowerCase(Locale.ROOT),
            () -> ctx.backend().iam().findRole(name))
        : snapshot(ctx).role(name);
  }

  /** The customer-managed policy of this ARN: from the run's snapshot, or by ARN. */
  public static Optional<ManagedPolicy> policy(ObserveContext ctx, String arn) {
    return ctx.oneByOne()
        ? ctx.cached("iam.policy." + arn, () -> ctx.backend().iam().findPolicy(arn))
        : snapshot(ctx).policy(arn);
  }

  /**
   * A principal's tags as its own attribute: without {@code SSMSessionRunAs}, which the stack
   * plans as a resource of its own ({@code iam_principal_tag}).
   */
  static Map<String, String> ownTags(Map<String, String> tags) {
    Map<String, String> out = new java.util.TreeMap<>(tags);
    out.remove(IamComponent.RUN_AS_TAG);
    return out;
  }

  /**
   * Takes everything off a principal so that IAM lets it be deleted. Reads the principal again:
   * attachment changes of the same run may have detached policies since the plan read it.
   */
  static void strip(IamPort iam, PrincipalRef principal) {
    List<String> attached;
    Map<String, String> inline;
    if (principal.kind() == PrincipalRef.Kind.USER) {
      var user = iam.findUser(principal.name());
      attached = user.map(u -> u.attachedPolicyArns()).orElse(List.of());
      inline = user.map(u -> u.inlinePolicies()).orElse(Map.of());
    } else {
      var role = iam.findRole(principal.name());
      attached = role.map(r -> r.attachedPolicyArns()).orElse(List.of());
      inline = role.map(r -> r.inlinePolicies()).orElse(Map.of());
    }
    attached.forEach(arn -> iam.detachPolicy(principal, arn));
    inline.keySet().forEach(name -> iam.deleteInlinePolicy(principal, name));
  }
}
