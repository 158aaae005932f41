package io.hyperpod.prereqs.simulator.internal.s3;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** S3's naming rules for general purpose buckets. */
public final class BucketNames {
  private static final Pattern CHARACTERS = Pattern.compile("[a-z0-9.-]+");
  private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
  private static final List<String> RESERVED_SUFFIXES =
      List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3");

  private BucketNames() {}

  /**
   * Fails with InvalidBucketName when the name breaks a rule.
   *
   * @throws io.hyperpod.prereqs.spi.MalformedException InvalidBucketName
   */
  public static void check(String name) {
    problem(name)
        .ifPresent(
            problem -> {
              throw AwsError.S3_INVALID_BUCKET_NAME.exception(
                  "The specified bucket is not valid.",
                  "The specified bucket is not valid. Bucket name '"
                      + name
                      + "': "
                      + problem
                      + ".");
            });
  }

  /** What is wrong with the name, if anything. */
  public static Optional<String> problem(String name) {
    if (name == null || name.length() < 3 || name.length() > 63) {
      return Optional.of("use 3 to 63 characters");
    }
    if (!CHARACTERS.matcher(name).matches()) {
      return Optional.of("use only lowercase letters, digits, '.' and '-'");
    }
    if (!isLetterOrDigit(name.charAt(0)) || !isLetterOrDigit(name.charAt(name.length() - 1))) {
      return Optional.of("begin and end with a lowercase letter or a digit");
    }
    if (name.contains("..")) {
      return Optional.of("do not put two periods next to each other");
    }
    if (IP_ADDRESS.matcher(name).matches()) {
      return Optional.of("do not use the form of an IP address");
    }
    for (String prefix : RESERVED_PREFIXES) {
      if (name.startsWith(prefix)) {
        return Optional.of("the prefix '" + prefix + "' is reserved");
      }
    }
    for (String suffix : RESERVED_SUFFIXES) {
      if (name.endsWith(suffix)) {
        return Optional.of("the suffix '" + suffix + "' is reserved");
      }
    }
    return Optional.empty();
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
