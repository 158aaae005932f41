package io.hyperpod.prereqs.internal.policy;

import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.PrincipalElement;
import io.hyperpod.prereqs.policy.PrincipalType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matches the request's principal against a resource policy's {@code Principal} or
 * {@code NotPrincipal}: {@code "*"} is everyone; {@code AWS} takes {@code "*"}, an exact user or
 * role ARN, or an account ({@code 123456789012} or {@code arn:aws:iam::123456789012:root}, which
 * covers every principal of that account but grants only through its identity policies);
 * {@code Service} a service principal; {@code Federated} a provider by exact name. Wildcards
 * inside a principal are not matched, as in AWS.
 */
final class PrincipalMatcher {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):root");

  /** How the principal was matched. */
  enum Match {
    /** Named itself, or by {@code *}: the resource policy grants on its own. */
    DIRECT,
    /** Only through its account: access also needs the account's identity policies. */
    ACCOUNT,
    NONE,
    UNSUPPORTED
  }

  /** The match and, for {@link Match#UNSUPPORTED}, which principal type is not supported. */
  record Result(Match match, String detail) {}

  private PrincipalMatcher() {}

  static Result match(PrincipalElement element, AuthorizationRequest request) {
    Match best = Match.NONE;
    String unsupported = "";
    for (Map.Entry<String, List<String>> entry : element.values().entrySet()) {
      String type = entry.getKey();
      for (String value : entry.getValue()) {
        Optional<Match> match = matchOne(type, value, request);
        if (match.isEmpty()) {
          unsupported = type;
        } else if (match.get().ordinal() < best.ordinal()) {
          best = match.get();
        }
      }
    }
    if (best == Match.NONE && !unsupported.isEmpty()) {
      return new Result(Match.UNSUPPORTED, "unsupported principal type " + unsupported);
    }
    return new Result(best, "");
  }

  /** Empty for a principal type this engine does not evaluate. */
  private static Optional<Match> matchOne(String type, String value, AuthorizationRequest request) {
    boolean service = request.principalType() == PrincipalType.SERVICE;
    switch (type) {
      case "*":
        return Optional.of(Match.DIRECT);
      case "AWS":
        if (value.equals("*") || !service && value.equals(request.principalArn())) {
          return Optional.of(Match.DIRECT);
        }
        Optional<String> account = account(value);
        return Optional.of(
            !service && account.isPresent() && account.equals(request.principalAccount())
            ? Match.ACCOUNT
            : Match.NONE);
      case "Service":
        return Optional.of(
            service && value.equalsIgnoreCase(request.principalArn()) ? Match.DIRECT : Match.NONE);
      case "Federated":
        return Optional.of(value.equals(request.principalArn()) ? Match.DIRECT : Match.NONE);
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> account(String value) {
    if (ACCOUNT_ID.matcher(value).matches()) {
      return Optional.of(value);
    }
    var root = ACCOUNT_ROOT.matcher(value);
    return root.matches() ? Optional.of(root.group(1)) : Optional.empty();
  }
}
