package io.hyperpod.prereqs.internal.policy;

import java.util.List;

/**
 * Matches an ARN against an ARN pattern the way IAM does for {@code Resource} and the
 * {@code Arn*} operators: case-sensitively, each of the six colon-delimited components
 * ({@code arn:partition:service:region:account:resource}) separately, with {@code *} and
 * {@code ?} inside each; the last component takes the rest, colons included. A pattern or value
 * that is not a six-part ARN (such as {@code *}) is matched as a whole.
 */
final class ArnMatcher {
  private static final int PARTS = 6;

  private ArnMatcher() {}

  static boolean matches(Glob pattern, String arn) {
    List<Glob> patternParts = pattern.splitOnColon(PARTS);
    String[] arnParts = arn.split(":", PARTS);
    if (patternParts.size() != PARTS || arnParts.length != PARTS) {
      return pattern.matches(arn);
    }
    for (int i = 0; i < PARTS; i++) {
      if (!patternParts.get(i).matches(arnParts[i])) {
        return false;
      }
    }
    return true;
  }
}
