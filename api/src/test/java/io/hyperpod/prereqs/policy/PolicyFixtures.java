package io.hyperpod.prereqs.policy;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small builders shared by the evaluator tests. */
final class PolicyFixtures {
  static final String ACCOUNT = "111122223333";
  static final String OTHER_ACCOUNT = "444455556666";
  static final String ALICE = "arn:aws:iam::" + ACCOUNT + ":user/alice";
  static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/hp-exec";
  static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();

  private PolicyFixtures() {}

  /** A 2012-10-17 policy of the given statement JSON objects. */
  static LabeledPolicy policy(String label, String... statements) {
    return LabeledPolicy.parse(
        label,
        "{\"Version\":\"2012-10-17\",\"Statement\":["
            + Arrays.stream(statements).collect(Collectors.joining(",")) + "]}");
  }

  /** An Allow statement {@code Sid} for {@code action} on {@code *} with a condition block. */
  static String allowIf(String sid, String action, String conditionJson) {
    return "{\"Sid\":\"" + sid + "\",\"Effect\":\"Allow\",\"Action\":\"" + action
        + "\",\"Resource\":\"*\",\"Condition\":" + conditionJson + "}";
  }

  /** An unconditional statement. */
  static String statement(String sid, String effect, String action, String resource) {
    return "{\"Sid\":\"" + sid + "\",\"Effect\":\"" + effect + "\",\"Action\":\"" + action
        + "\",\"Resource\":\"" + resource + "\"}";
  }

  static AuthorizationRequest.Builder request(String principal, String action) {
    AuthorizationRequest.Builder builder = AuthorizationRequest.builder();
    builder.principalArn(principal).action(action);
    return builder;
  }

  /** Evaluates {@code request} against one identity policy holding {@code statements}. */
  static Decision evaluate(AuthorizationRequest request, String... statements) {
    return EVALUATOR.evaluate(request, PolicySet.ofIdentity(policy("inline:Test", statements)));
  }
}
