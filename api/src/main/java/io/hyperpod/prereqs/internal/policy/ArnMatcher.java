package io.hyperpod.prereqs.internal.policy;

import java.util.List;

/**
 * Matches an ARN against an ARN pattern the way IAM does for {@code Resource} and the
 * {@code Arn*} operators: case-sensitively, each of the six colon-delimited components
 * ({@code arn:partition:service:region:account:resource}) separately, with {@code *} and
 * {@code ?} inside each; a wildcard never spans a colon between components, while the last
 * component takes the rest of the ARN, colons included. A pattern with fewer components (such
 * as {@code *}) compares that many, its last taking the rest.
 */
final class ArnMatcher {
  private static final int PARTS = 6;

  private ArnMatcher() {}

  static boolean matches(Glob pattern, String arn) {
    List<Glob> patternParts = pattern.splitOnColon(PARTS);
    String[] arnParts = arn.split(":", patternParts.size());
    if (arnParts.length != patternParts.size()) {
      return false;
    }
    for (int i = 0; i < arnParts.length; i++) {
      if (!patternParts.get(i).matches(arnParts[i])) {
        return false;
      }
    }
    return true;
  }
}
