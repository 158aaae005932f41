package io.hyperpod.prereqs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The finding and requirement ids the code can emit, read from its source: the id argument of
 * every {@code Finding.error/warning/info(...)}, {@code RequirementResult.pass/fail(...)} and of
 * the readiness checks ({@code check(ok, ID, ...)}, {@code pass(ID, ...)}, {@code fail(ID, ...)}),
 * a literal or a {@code String} constant; an argument that is a parameter of its method follows
 * that method's callers. An argument it cannot resolve is reported, never skipped.
 */
final class EmittedIds {
  private static final Pattern CONSTANT =
      Pattern.compile("String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]*)\"\\s*;");
  private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern QUALIFIED = Pattern.compile("([A-Z][A-Za-z0-9_]*)\\.([A-Z][A-Z0-9_]*)");
  private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
  /** {@code cond ? A : B} with no nested choice: A and B are resolved each. */
  private static final Pattern CHOICE = Pattern.compile("[^?:\"]+\\?([^?:]+):([^?:]+)");

  final Set<String> ids = new TreeSet<>();
  final List<String> unresolved = new ArrayList<>();

  private final Map<Path, String> sources = new HashMap<>();
  private final Map<String, String> constants = new HashMap<>();

  static EmittedIds of(Path... roots) {
    EmittedIds e = new EmittedIds();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
          try {
            e.sources.put(p, Files.readString(p, StandardCharsets.UTF_8));
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        });
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    e.sources.forEach((p, text) -> {
      Matcher m = CONSTANT.matcher(text);
      while (m.find()) {
        e.constants.put(className(p) + "." + m.group(1), m.group(2));
      }
    });
    Deque<Site> work = new ArrayDeque<>(List.of(
        new Site("Finding\\.(?:error|warning|info)", 0, false, null, 1),
        new Site("RequirementResult\\.(?:pass|fail)", 0, false, null, 1),
        new Site("(?<![\\w.])(?:[a-z]\\w*\\.)?check", 1, true, null, 5),
        new Site("(?<![\\w.])(?:[a-z]\\w*\\.)?(?:pass|fail)", 0, true, null, 5)));
    Set<Site> seen = new HashSet<>(work);
    while (!work.isEmpty()) {
      Site site = work.pop();
      for (Site next : e.resolve(site)) {
        if (seen.add(next)) {
          work.add(next);
        }
      }
    }
    return e;
  }

  /** Calls matching {@code callee}, with the id as argument {@code index}. */
  private record Site(String callee, int index, boolean readinessOnly, String owner,
      int minArgs) {}

  private List<Site> resolve(Site site) {
    List<Site> forwarders = new ArrayList<>();
    Pattern call = Pattern.compile("(" + site.callee() + ")\\s*\\(");
    sources.forEach((file, text) -> {
      Matcher m = call.matcher(text);
      while (m.find()) {
        if (isDeclaration(text, m.start())) {
          continue;
        }
        List<String> args = arguments(text, m.end());
        if (args.size() <= site.index()) {
          continue;
        }
        String arg = args.get(site.index()).trim();
        if (site.owner() != null && !site.readinessOnly() && !m.group(1).contains(".")
            && !className(file).equals(site.owner())) {
          continue;
        }
        if (site.readinessOnly()
            && (!file.toString().contains("internal/readiness") || args.size() < site.minArgs())) {
          continue;
        }
        resolveArgument(file, text, m.start(), arg, site, forwarders);
      }
    });
    return forwarders;
  }

  private void resolveArgument(Path file, String text, int at, String arg, Site site,
      List<Site> forwarders) {
    // cond ? A : B emits either id: each branch resolves on its own
    Matcher choice = CHOICE.matcher(arg);
    if (choice.matches()) {
      resolveArgument(file, text, at, choice.group(1).trim(), site, forwarders);
      resolveArgument(file, text, at, choice.group(2).trim(), site, forwarders);
      return;
    }
    Matcher literal = LITERAL.matcher(arg);
    if (literal.matches()) {
      ids.add(literal.group(1));
      return;
    }
    Matcher qualified = QUALIFIED.matcher(arg);
    if (qualified.matches() && constants.containsKey(arg)) {
      ids.add(constants.get(arg));
      return;
    }
    if (IDENT.matcher(arg).matches()) {
      String own = constants.get(className(file) + "." + arg);
      if (own != null) {
        ids.add(own);
        return;
      }
      Matcher method = enclosingMethod(text, at);
      if (method != null) {
        List<String> params = List.of(method.group(2).split(","));
        for (int i = 0; i < params.size(); i++) {
          String[] words = params.get(i).trim().split("\\s+");
          if (words[words.length - 1].equals(arg) && words[0].equals("String")) {
            String owner = className(file);
            forwarders.add(new Site(site.readinessOnly()
                ? "(?<![\\w.])(?:" + owner + "\\.|[a-z]\\w*\\.)?" + method.group(1)
                : "(?:\\b" + owner + "\\.|(?<![\\w.]))" + method.group(1), i,
                site.readinessOnly(), owner, i + 1));
            return;
          }
        }
      }
    }
    unresolved.add(file.getFileName() + ": " + arg + " (in a call of " + site.callee() + ")");
  }

  /** {@code String id(} or {@code void check(}: a method's own declaration, not a call. */
  private static boolean isDeclaration(String text, int start) {
    String before = text.substring(Math.max(0, start - 80), start).stripTrailing();
    return before.matches("(?s).*\\b(?:void|String|Finding|List<Finding>|RequirementResult|"
        + "Optional<Finding>|static|[A-Z]\\w*(?:<[^>]*>)?)\\s*$") && !before.endsWith("return")
        && !before.matches("(?s).*(?:return|new|=|\\(|,|->)\\s*[A-Z]\\w*(?:<[^>]*>)?\\s*$")
        && !before.endsWith(".");
  }

  /** The last method declaration that starts before {@code at}: name and parameter list. */
  private static Matcher enclosingMethod(String text, int at) {
    Matcher m = Pattern.compile("\\b(\\w+)\\s*\\(([^()]*)\\)\\s*(?:throws [\\w., ]+)?\\{")
        .matcher(text.substring(0, at));
    Matcher last = null;
    while (m.find()) {
      if (!List.of("if", "for", "while", "switch", "catch", "synchronized").contains(m.group(1))
          && m.group(2).trim().matches("(|(\\s*[\\w.<>\\[\\], ?]+\\s+\\w+\\s*,?)+)")) {
        last = Pattern.compile("\\b(\\w+)\\s*\\(([^()]*)\\)").matcher(m.group(0));
        last.find();
      }
    }
    return last;
  }

  /** The top-level arguments of the call whose '(' ends at {@code from}. */
  private static List<String> arguments(String text, int from) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '"') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        current.append(text, i, Math.min(end + 1, text.length()));
        i = end;
        continue;
      }
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        if (depth == 0) {
          if (current.toString().trim().length() > 0) {
            args.add(current.toString());
          }
          return args;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    return args;
  }

  private static String className(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }
}
