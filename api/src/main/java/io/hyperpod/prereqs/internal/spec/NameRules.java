package io.hyperpod.prereqs.internal.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks shared by several parts of the spec: IAM names, OS user names, ids, one-of choices. */
final class NameRules {
  private static final Pattern IAM_NAME = Pattern.compile("[\\w+=,.@-]+");
  /**
   * useradd's rule without its trailing {@code $} (machine accounts): the name is also the value
   * of the SSMSessionRunAs tag, and IAM tag values cannot hold {@code $}.
   */
  private static final Pattern OS_USER = Pattern.compile("[a-z_][a-z0-9_-]*");
  static final int MAX_OS_USER = 32;

  private NameRules() {}

  /**
   * An IAM user or role name: {@code [\w+=,.@-]+}, at most 64 characters. {@code what} names it in
   * messages ("IAM user name").
   */
  static void iamName(Problems out, String path, String name, String what) {
    if (name.isEmpty()) {
      out.add(path, name, "is empty", "give the " + what + ".");
    } else if (name.startsWith("arn:")) {
      out.add(
          path,
          name,
          "is an ARN, but a " + what + " is expected here",
          "give only the name, the part after the last '/': "
              + name.substring(name.lastIndexOf('/') + 1)
              + ".");
    } else if (!IAM_NAME.matcher(name).matches()) {
      out.add(
          path,
          name,
          "is not a valid " + what + ": IAM allows only letters, digits and + = , . @ _ -",
          "remove the other characters (spaces, '/', ':' ...).");
    } else if (name.length() > StackNames.MAX_ROLE_NAME) {
      out.add(
          path,
          name,
          "is " + name.length() + " characters long; IAM allows 64 for a " + what,
          "shorten it to 64 characters or fewer.");
    }
  }

  /** A Linux user name as useradd takes it: {@code [a-z_][a-z0-9_-]*}, at most 32, not root. */
  static void osUser(Problems out, String path, String name) {
    if (name.equals("root")) {
      out.add(
          path,
          name,
          "is root, which Session Manager Run As refuses (and which must not be shared)",
          "choose a personal user name.");
    } else if (!OS_USER.matcher(name).matches()) {
      String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
      out.add(
          path,
          visible(name),
          "is not a valid Linux user name: it starts with a lowercase letter or '_' and holds only"
              + " lowercase letters, digits, '_' and '-' (useradd's rule; no '$', which the"
              + " SSMSessionRunAs tag cannot hold)",
          OS_USER.matcher(lower).matches() && lower.length() <= MAX_OS_USER
              ? "use " + lower + "."
              : "use a name such as alice or data_sci.");
    } else if (name.length() > MAX_OS_USER) {
      out.add(
          path,
          name,
          "is " + name.length() + " characters long; Linux user names have at most 32",
          "shorten it.");
    }
  }

  /**
   * Whether the text holds characters that do not show or that reorder what is shown: format
   * characters (zero-width U+200B, bidirectional overrides U+202A-U+202E and U+2066-U+2069, the
   * BOM), line and paragraph separators (U+2028, U+2029) and control characters. AWS takes some of
   * them, but a name or tag holding them looks like another.
   */
  static boolean hasInvisible(String text) {
    return text.codePoints().anyMatch(NameRules::invisible);
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.CONTROL;
  }

  /** The text with each invisible character written as {@code <U+200B>}, for messages. */
  static String visible(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (invisible(c)) {
        b.append(String.format("<U+%04X>", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  /** Reports invisible characters in {@code text} at {@code path}; returns whether there were. */
  static boolean invisible(Problems out, String path, String text, String what) {
    if (!hasInvisible(text)) {
      return false;
    }
    String clean = text.codePoints().filter(c -> !invisible(c)).collect(StringBuilder::new,
        StringBuilder::appendCodePoint, StringBuilder::append).toString();
    String which = text.codePoints().filter(NameRules::invisible).distinct()
        .mapToObj(c -> String.format("<U+%04X>", c)).collect(Collectors.joining(" "));
    out.add(path, visible(text), "holds invisible or bidirectional characters (" + which
        + "), which make the " + what + " look like another", "remove them: " + clean + ".");
    return true;
  }

  /** An AWS id: {@code prefix} then 8 or 17 lowercase hex digits ({@code vpc-0a1b2c3d}). */
  static void awsId(
      Problems out, String path, String id, String prefix, String what, boolean shortFormToo) {
    String hex = shortFormToo ? "([0-9a-f]{8}|[0-9a-f]{17})" : "[0-9a-f]{17}";
    if (!Pattern.matches(Pattern.quote(prefix) + hex, id)) {
      out.add(
          path,
          id,
          "is not "
              + what
              + " id: it has the form "
              + prefix
              + " followed by "
              + (shortFormToo ? "8 or 17" : "17")
              + " lowercase hex digits",
          "copy the id from the AWS console or CLI, e.g. " + prefix + "0123456789abcdef0.");
    }
  }

  /**
   * Exactly one of two keys must be given ({@code id} or {@code create}): reports at {@code path}
   * when none or both are; returns whether exactly one is.
   */
  static boolean exactlyOne(
      Problems out,
      String path,
      Optional<?> first,
      String firstName,
      Optional<?> second,
      String secondName,
      String example) {
    if (first.isPresent() == second.isPresent()) {
      String which =
          first.isPresent()
              ? "has both " + firstName + " and " + secondName
              : "has neither " + firstName + " nor " + secondName;
      out.add(path, null, which + "; exactly one is needed", "give one, e.g. " + example + ".");
      return false;
    }
    return true;
  }

  /**
   * Reports each item whose key (under {@code normalise}) an earlier item already has; {@code
   * paths} gives each item's path, a null key is skipped, {@code why} (may be empty) explains why a
   * repeat is wrong.
   */
  static <T> void unique(
      Problems out,
      List<T> items,
      Function<T, String> key,
      Function<Integer, String> paths,
      Function<String, String> normalise,
      String what,
      String why) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = key.apply(items.get(i));
      if (value == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(normalise.apply(value), i);
      if (first != null) {
        String owner = paths.apply(first).replaceAll("\\.[^.\\[]*$", "");
        out.add(
            paths.apply(i),
            value,
            "is also the " + what + " of " + owner + why,
            "give each entry its own " + what + ", or remove the repeated entry.");
      }
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
