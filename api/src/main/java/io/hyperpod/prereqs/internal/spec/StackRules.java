package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Rules on the top of the spec: apiVersion, stack, account, region, tags, derived IAM names. */
final class StackRules {
  private static final Pattern STACK = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  private static final Pattern STACK_CHARACTERS = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION_FORM = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
  private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  /** 50 tags per resource, less the stack tag and the SSMSessionRunAs tag the tool adds. */
  static final int MAX_TAGS = 48;

  private StackRules() {}

  static void check(HyperPodPrerequisites spec, Problems out) {
    if (!spec.apiVersion().equals(HyperPodPrerequisites.API_VERSION)) {
      out.add(
          "apiVersion",
          spec.apiVersion(),
          "is not a version this tool reads",
          "use apiVersion: " + HyperPodPrerequisites.API_VERSION + ".");
    }
    checkStack(spec.stack(), out);
    spec.account()
        .filter(a -> !ACCOUNT.matcher(a).matches())
        .ifPresent(
            a ->
                out.add(
                    "account",
                    a,
                    "is not an AWS account id (12 digits)",
                    "write the 12 digits in quotes, e.g. \"123456789012\", or remove account."));
    checkRegion(spec.region(), out);
    checkTags(spec.tags(), out);
  }

  private static void checkStack(String stack, Problems out) {
    if (!STACK.matcher(stack).matches()) {
      String suggestion =
          stack.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^[^a-z]+", "");
      out.add(
          "stack",
          stack,
          "is not a valid stack name: it starts with a lowercase letter and holds only lowercase"
              + " letters, digits and '-', at most 32 characters (it names and tags what the tool"
              + " creates)",
          STACK.matcher(suggestion).matches()
              ? "use " + suggestion + "."
              : "use a short name such as demo.");
    }
    if (STACK_CHARACTERS.matcher(stack).matches()) {
      derivedName(
          out, StackNames.executionRole(stack), "execution role", StackNames.MAX_ROLE_NAME, stack);
      derivedName(
          out,
          StackNames.clusterAdminPolicy(stack),
          "cluster-admin policy",
          StackNames.MAX_POLICY_NAME,
          stack);
      derivedName(
          out,
          StackNames.clusterUserPolicy(stack),
          "cluster-user policy",
          StackNames.MAX_POLICY_NAME,
          stack);
    }
  }

  private static void derivedName(Problems out, String name, String what, int max, String stack) {
    if (name.length() > max) {
      out.add(
          "stack",
          stack,
          "makes the "
              + what
              + " name "
              + name
              + " "
              + name.length()
              + " characters long; IAM allows "
              + max,
          "shorten the stack name to "
              + (max - (name.length() - stack.length()))
              + " characters or fewer.");
    }
  }

  private static void checkRegion(String region, Problems out) {
    if (HyperPodCatalog.isRegion(region)) {
      return;
    }
    String supported = String.join(", ", HyperPodCatalog.REGIONS);
    if (!REGION_FORM.matcher(region).matches()) {
      String near =
          NameSuggester.closest(region, HyperPodCatalog.REGIONS, 2)
              .map(r -> "did you mean " + r + "? ")
              .orElse("");
      out.add(
          "region",
          region,
          "is not an AWS region name",
          near + "HyperPod runs in " + supported + ".");
    } else {
      out.add(
          "region",
          region,
          "is not one of the 16 regions where SageMaker HyperPod runs",
          "use one of " + supported + ".");
    }
  }

  private static void checkTags(Map<String, String> tags, Problems out) {
    if (tags.size() > MAX_TAGS) {
      out.add(
          "tags",
          tags.size() + " tags",
          "has more than "
              + MAX_TAGS
              + " tags: AWS allows 50 per"
              + " resource and the tool adds hyperpod-prereqs:stack and SSMSessionRunAs",
          "remove " + (tags.size() - MAX_TAGS) + " of them.");
    }
    Map<String, String> seen = new HashMap<>();
    tags.forEach(
        (key, value) -> {
          String path = SpecPath.child("tags", key);
          String lower = key.toLowerCase(Locale.ROOT);
          if (NameRules.invisible(out, path, key, "tag key")) {
            return;
          }
          if (key.isEmpty() || key.length() > 128) {
            out.add(
                path,
                key,
                "is a tag key of " + key.length() + " characters; tag keys have 1 to 128",
                "shorten the key.");
          } else if (!TAG_TEXT.matcher(key).matches()) {
            out.add(
                path,
                key,
                "has characters tag keys may not hold: only letters, digits, spaces and _ . : / = +"
                    + " - @",
                "remove the other characters.");
          } else if (lower.startsWith("aws:")) {
            out.add(
                path,
                key,
                "starts with aws:, which AWS reserves for its own tags",
                "use another prefix.");
          } else if (lower.equals(HyperPodPrerequisites.STACK_TAG)
              || lower.equals("ssmsessionrunas")) {
            out.add(
                path,
                key,
                "is a tag the tool sets itself ("
                    + HyperPodPrerequisites.STACK_TAG
                    + " marks what it owns, SSMSessionRunAs maps principals to OS users)",
                "remove it or rename it.");
          } else if (seen.putIfAbsent(lower, key) != null) {
            out.add(
                path,
                key,
                "differs from tag key "
                    + seen.get(lower)
                    + " only in case, and IAM treats tag keys"
                    + " case-insensitively",
                "keep one of the two.");
          }
          if (NameRules.invisible(out, path, value, "tag value")) {
            return;
          }
          if (value.length() > 256) {
            out.add(
                path,
                value.length() + " characters",
                "is a tag value longer than 256 characters",
                "shorten it.");
          } else if (!TAG_TEXT.matcher(value).matches()) {
            out.add(
                path,
                value,
                "has characters tag values may not hold: only letters, digits, spaces and _ . : / ="
                    + " + - @",
                "remove the other characters.");
          }
        });
  }
}
