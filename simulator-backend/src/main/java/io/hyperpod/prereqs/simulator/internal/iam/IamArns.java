package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IAM ARNs: building them for users, roles and policies, and reading policy ARNs. */
public final class IamArns {
  /** The account part of an AWS managed policy's ARN. */
  public static final String AWS_ACCOUNT = "aws";

  private static final Pattern POLICY_ARN =
      Pattern.compile("arn:aws:iam::(\\d{12}|aws):policy(/|/.*/)([\\w+=,.@-]+)");

  private IamArns() {}

  public static String user(String accountId, String path, String name) {
    return "arn:aws:iam::" + accountId + ":user" + path + name;
  }

  public static String role(String accountId, String path, String name) {
    return "arn:aws:iam::" + accountId + ":role" + path + name;
  }

  public static String group(String accountId, String path, String name) {
    return "arn:aws:iam::" + accountId + ":group" + path + name;
  }

  public static String instanceProfile(String accountId, String path, String name) {
    return "arn:aws:iam::" + accountId + ":instance-profile" + path + name;
  }

  public static String policy(String accountId, String path, String name) {
    return "arn:aws:iam::" + accountId + ":policy" + path + name;
  }

  /** The ARN of a stored or AWS managed policy, as seen from this account. */
  public static String policy(String accountId, PolicyRecord policy) {
    return policy(policy.awsManaged ? AWS_ACCOUNT : accountId, policy.path, policy.name);
  }

  /**
   * Refuses, as Attach/Detach{User,Role}Policy do, a policy ARN that is no ARN at all (a bare
   * name, text without the six parts of an ARN): ValidationError.
   */
  public static void parseable(String arn) {
    String[] parts = arn == null ? new String[0] : arn.split(":", 6);
    if (parts.length < 6 || !parts[0].equals("arn") || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw AwsError.IAM_VALIDATION_ERROR.exception(
          "Invalid ARN:  Could not be parsed!", "PolicyArn " + arn + " is no ARN");
    }
  }

  /** Whether the text reads as {@code arn:aws:iam::ACCOUNT:policy/PATH/NAME}. */
  public static boolean isPolicy(String arn) {
    return arn != null && POLICY_ARN.matcher(arn).matches();
  }

  /**
   * Reads {@code arn:aws:iam::ACCOUNT:policy/PATH/NAME}.
   *
   * @throws io.hyperpod.prereqs.spi.MalformedException InvalidInput when it is no policy ARN
   */
  public static PolicyArn parsePolicy(String arn) {
    Matcher m = arn == null ? null : POLICY_ARN.matcher(arn);
    if (m == null || !m.matches()) {
      throw AwsError.IAM_INVALID_INPUT.exception(
          "ARN " + arn + " is not valid.",
          "ARN "
              + arn
              + " is not valid. A policy ARN looks like arn:aws:iam::123456789012:policy/NAME"
              + " or arn:aws:iam::aws:policy/NAME.");
    }
    return new PolicyArn(m.group(1), m.group(2), m.group(3));
  }

  /** The parts of a policy ARN. */
  public static final class PolicyArn {
    private final String account;
    private final String path;
    private final String name;

    PolicyArn(String account, String path, String name) {
      this.account = account;
      this.path = path;
      this.name = name;
    }

    /** A 12-digit account id, or {@code aws}. */
    public String account() {
      return account;
    }

    public String path() {
      return path;
    }

    public String name() {
      return name;
    }

    public boolean awsManaged() {
      return AWS_ACCOUNT.equals(account);
    }
  }
}
