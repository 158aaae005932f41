package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.LifecycleScripts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Rules on where the lifecycle scripts go: the S3 bucket name and the key prefix. */
final class LifecycleScriptsRules {
  /** The prefix the execution role's managed policy can read. */
  static final String BUCKET_PREFIX = "sagemaker-";

  /** Room kept for the script file names under the prefix (S3 keys have at most 1024 bytes). */
  static final int SCRIPT_NAME_ROOM = 64;

  static final int MAX_KEY_BYTES = 1024;

  /** CreateCluster's limit on {@code LifeCycleConfig.SourceS3Uri}. */
  static final int MAX_SOURCE_URI = 1024;

  /** What a prefix may hold: nothing a policy, URI or script reads as special. */
  private static final Pattern PREFIX_CHARACTERS = Pattern.compile("[A-Za-z0-9._/-]*");
  private static final Pattern BUCKET_CHARACTERS = Pattern.compile("[a-z0-9.-]+");
  private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
  private static final List<String> FORBIDDEN_PREFIXES =
      List.of("xn--", "sthree-", "amzn-s3-demo-");
  private static final List<String> FORBIDDEN_SUFFIXES =
      List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3");

  private LifecycleScriptsRules() {}

  static void check(HyperPodPrerequisites spec, Problems out) {
    if (spec.lifecycleScripts().isEmpty()) {
      return;
    }
    LifecycleScripts scripts = spec.lifecycleScripts().get();
    checkBucket(scripts.bucket(), spec.stack(), out);
    checkPrefix(scripts, out);
  }

  private static void checkBucket(String bucket, String stack, Problems out) {
    String path = "lifecycleScripts.bucket";
    String rule = s3Rule(bucket);
    if (rule != null) {
      out.add(
          path,
          bucket,
          "is not a valid S3 bucket name: " + rule,
          "use a name such as sagemaker-" + stack + "-lifecycle-<account id>.");
    }
    if (!bucket.startsWith(BUCKET_PREFIX)) {
      out.add(
          path,
          bucket,
          "does not start with sagemaker-: the execution role's managed policy"
              + " AmazonSageMakerClusterInstanceRolePolicy reads only buckets named sagemaker-* in"
              + " the same account, so the nodes could not download the lifecycle scripts and the"
              + " cluster would fail to create (\"Lifecycle scripts did not run successfully\")",
          "name the bucket sagemaker-" + (bucket.isEmpty() ? stack + "-lifecycle" : bucket) + ".");
    }
  }

  /** The first S3 naming rule the name breaks, or null. */
  private static String s3Rule(String bucket) {
    if (bucket.length() < 3 || bucket.length() > 63) {
      return "it has " + bucket.length() + " characters; bucket names have 3 to 63";
    }
    if (!BUCKET_CHARACTERS.matcher(bucket).matches()) {
      return "only lowercase letters, digits, '.' and '-' are allowed";
    }
    if (!Character.isLetterOrDigit(bucket.charAt(0))
        || !Character.isLetterOrDigit(bucket.charAt(bucket.length() - 1))) {
      return "it must begin and end with a letter or digit";
    }
    if (bucket.contains("..")) {
      return "it must not hold two periods in a row";
    }
    if (IP_ADDRESS.matcher(bucket).matches()) {
      return "it must not look like an IP address";
    }
    for (String prefix : FORBIDDEN_PREFIXES) {
      if (bucket.startsWith(prefix)) {
        return "S3 keeps names starting with " + prefix + " for itself";
      }
    }
    for (String suffix : FORBIDDEN_SUFFIXES) {
      if (bucket.endsWith(suffix)) {
        return "S3 keeps names ending with " + suffix + " for itself";
      }
    }
    return null;
  }

  private static void checkPrefix(LifecycleScripts scripts, Problems out) {
    String prefix = scripts.prefix();
    String path = "lifecycleScripts.prefix";
    if (prefix.startsWith("/")) {
      out.add(
          path,
          prefix,
          "starts with '/', which would make an empty first part in every S3 key",
          "write it without the leading '/': " + prefix.replaceAll("^/+", "") + ".");
    }
    if (prefix.contains("//")) {
      out.add(
          path,
          prefix,
          "holds '//', an empty part in every S3 key",
          "write single '/': " + prefix.replaceAll("/{2,}", "/") + ".");
    }
    if (!NameRules.invisible(out, path, prefix, "prefix")
        && !PREFIX_CHARACTERS.matcher(prefix).matches()) {
      out.add(
          path,
          prefix,
          "holds characters other than letters, digits and . _ - /: '*' and '?' are wildcards in"
              + " the IAM policies the tool writes for the prefix (e.g. iam-policy-for-tool's"
              + " BUCKET/PREFIX/*), so they would widen them, '$' starts a policy variable, and the"
              + " others need escaping in URIs and scripts",
          "use only letters, digits and . _ - /, e.g. "
              + prefix.replaceAll("[^A-Za-z0-9._/-]+", "-") + ".");
    }
    int bytes = prefix.getBytes(StandardCharsets.UTF_8).length;
    int maxBytes = MAX_KEY_BYTES - 1 - SCRIPT_NAME_ROOM;
    int maxForUri = MAX_SOURCE_URI - ("s3://" + scripts.bucket() + "/").length();
    if (bytes > maxBytes || prefix.length() > maxForUri) {
      out.add(
          path,
          prefix.length() + " characters",
          "is too long: S3 keys have at most "
              + MAX_KEY_BYTES
              + " bytes and CreateCluster's SourceS3Uri at most "
              + MAX_SOURCE_URI
              + " characters, and the"
              + " script names must fit under the prefix",
          "shorten it to "
              + Math.min(maxBytes, maxForUri)
              + " characters or fewer (e.g. hyperpod/lifecycle).");
    }
  }
}
