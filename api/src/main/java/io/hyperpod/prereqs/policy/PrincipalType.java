package io.hyperpod.prereqs.policy;

import java.util.Locale;

/** Who makes a request: an IAM user, an IAM role (session), or an AWS service principal. */
public enum PrincipalType {
  /** An IAM user, {@code arn:aws:iam::ACCOUNT:user/NAME}. */
  USER,
  /**
   * An IAM role or a session of one, {@code arn:aws:iam::ACCOUNT:role/NAME} or {@code
   * arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION}.
   */
  ROLE,
  /** An AWS service, e.g. {@code sagemaker.amazonaws.com}. */
  SERVICE;

  /**
   * Infers the type from a principal: {@code ...:user/...} is a user, {@code ...:role/...} and
   * {@code ...:assumed-role/...} a role, a bare {@code name.amazonaws.com} a service.
   *
   * @throws IllegalArgumentException when it is none of these
   * @param principal an ARN or a service principal's name
   * @return the principal's type
   */
  public static PrincipalType of(String principal) {
    if (principal.startsWith("arn:")) {
      String[] parts = principal.split(":", 6);
      String resource = parts.length == 6 ? parts[5] : "";
      if (resource.startsWith("user/")) {
        return USER;
      }
      if (resource.startsWith("role/") || resource.startsWith("assumed-role/")) {
        return ROLE;
      }
    } else if (principal.toLowerCase(Locale.ROOT).endsWith(".amazonaws.com")) {
      return SERVICE;
    }
    throw new IllegalArgumentException(
        "principal '" + principal + "' is neither a user ARN (arn:aws:iam::ACCOUNT:user/NAME),"
            + " a role ARN (arn:aws:iam::ACCOUNT:role/NAME) nor a service principal"
            + " (NAME.amazonaws.com); set principalType explicitly or fix the principal");
  }
}
