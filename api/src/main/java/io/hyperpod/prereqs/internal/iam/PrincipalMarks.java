package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who owns what on an IAM principal (docs/ownership.md). A stack owns the principals it created
 * (the stack tag). On a principal it did not create it records what it added, one tag per item:
 * {@code hyperpod-prereqs:STACK:attached:POLICY} for an AWS managed policy it attached and
 * {@code hyperpod-prereqs:STACK:tag:KEY} for a tag it set ({@code added}, or {@code was=OLD} when
 * it replaced a value); destroy takes back exactly what is recorded. Another stack uses a
 * principal when its policies (IAM path {@code /hyperpod-prereqs/OTHER/}) are attached or it
 * recorded something there; the owner's destroy then keeps the principal.
 */
final class PrincipalMarks {
  static final String ADDED = "added";
  private static final String WAS = "was=";
  private static final String PREFIX = "hyperpod-prereqs:";
  private static final String POLICY_PATH = ":policy/hyperpod-prereqs/";

  private PrincipalMarks() {}

  /** The tag that records that {@code stack} attached the AWS managed policy. */
  static String attachedKey(String stack, String policyArn) {
    return PREFIX + stack + ":attached:" + policyArn.substring(policyArn.lastIndexOf('/') + 1);
  }

  /** The tag that records that {@code stack} set the tag {@code key}. */
  static String tagKey(String stack, String key) {
    return PREFIX + stack + ":tag:" + key;
  }

  /** The record's value for a tag that had {@code previous} before the stack set it. */
  static String recordOf(Optional<String> previous) {
    return previous.map(p -> WAS + p).orElse(ADDED);
  }

  /** The value a recorded tag had before the stack set it; empty when the stack added it. */
  static Optional<String> previousValue(String record) {
    return record.startsWith(WAS) ? Optional.of(record.substring(WAS.length())) : Optional.empty();
  }

  /** The principal's tags and attached policies, as the plan read them; empty when missing. */
  record Observed(Map<String, String> tags, List<String> attachedPolicyArns) {
    /** The principal as the context reads it: from the snapshot, or by name. */
    static Optional<Observed> of(ObserveContext ctx, PrincipalRef principal) {
      return principal.kind() == PrincipalRef.Kind.USER
          ? IamReads.user(ctx, principal.name())
              .map(u -> new Observed(u.tags(), u.attachedPolicyArns()))
          : IamReads.role(ctx, principal.name())
              .map(r -> new Observed(r.tags(), r.attachedPolicyArns()));
    }

    static Optional<Observed> of(IamSnapshot snapshot, PrincipalRef principal) {
      return principal.kind() == PrincipalRef.Kind.USER
          ? snapshot.user(principal.name()).map(u -> new Observed(u.tags(), u.attachedPolicyArns()))
          : snapshot.role(principal.name()).map(r -> new Observed(r.tags(), r.attachedPolicyArns()));
    }

    boolean ownedBy(StackModel model) {
      return model.ownedBy(tags);
    }
  }

  /**
   * The other stacks that use the principal, each with what it uses there (its policies attached,
   * what it recorded), in stack order.
   */
  static Map<String, List<String>> otherStacks(StackModel model, Observed principal) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String arn : principal.attachedPolicyArns()) {
      int at = arn.indexOf(POLICY_PATH);
      if (at < 0) {
        continue;
      }
      String rest = arn.substring(at + POLICY_PATH.length());
      int slash = rest.indexOf('/');
      if (slash > 0 && !rest.substring(0, slash).equals(model.stack())) {
        out.computeIfAbsent(rest.substring(0, slash), k -> new ArrayList<>())
            .add("its policy " + rest.substring(slash + 1) + " is attached");
      }
    }
    principal.tags().forEach((key, value) -> {
      if (!key.startsWith(PREFIX) || key.equals(HyperPodPrerequisites.STACK_TAG)) {
        return;
      }
      String rest = key.substring(PREFIX.length());
      int colon = rest.indexOf(':');
      if (colon > 0 && !rest.substring(0, colon).equals(model.stack())) {
        String item = rest.substring(colon + 1);
        out.computeIfAbsent(rest.substring(0, colon), k -> new ArrayList<>())
            .add(item.startsWith("attached:")
                ? "it attached " + item.substring("attached:".length())
                : "it set the tag " + item.substring(item.indexOf(':') + 1));
      }
    });
    return out;
  }

  /** Whether this stack created the principal and no other stack uses it: destroy deletes it. */
  static boolean deletable(StackModel model, Observed principal) {
    return principal.ownedBy(model) && otherStacks(model, principal).isEmpty();
  }

  /** Why destroy keeps a principal: another stack still uses it, or this one did not create it. */
  static String keptReason(StackModel model, Observed principal) {
    if (!principal.ownedBy(model)) {
      return "not created by this stack; kept";
    }
    return "created by this stack, but " + uses(otherStacks(model, principal))
        + "; kept, with what that stack uses (run destroy again once it no longer does)";
  }

  /** The info finding of a principal kept for other stacks. */
  static List<Finding> keptFindings(StackModel model, ResourceAddress address,
      Observed principal) {
    Map<String, List<String>> others = otherStacks(model, principal);
    if (!principal.ownedBy(model) || others.isEmpty()) {
      return List.of();
    }
    return List.of(Finding.info(
        "ownership.used-by-other-stack",
        address,
        address + " was created by this stack and is kept: " + uses(others)
            + "; destroy takes back only this stack's own policies, and nothing of the other"
            + " stack changes",
        "destroy stack " + String.join(", ", others.keySet()) + " first (or remove the principal"
            + " from its spec and apply it), then run this destroy again to delete it"));
  }

  private static String uses(Map<String, List<String>> others) {
    return others.entrySet().stream()
        .map(e -> "stack " + e.getKey() + " still uses it (" + String.join(", ", e.getValue())
            + ")")
        .collect(Collectors.joining("; "));
  }
}
