package io.hyperpod.prereqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the api module, read from its sources (imports and fully qualified names
 * outside comments and strings):
 *
 * <ul>
 *   <li>the backend SPI ({@code spi} and its sub-packages) is a leaf: it uses no other package of
 *       the project but the root of the SDK's exceptions (and the Immutables style annotation);
 *   <li>public packages use {@code internal} packages only through the front-door types listed
 *       here, whose methods hand the work to the engine;
 *   <li>the front doors are where the SDK is put together: they may use any package. Every other
 *       reference between packages goes one way, so the packages form no cycle.
 * </ul>
 */
class PackageRulesTest {
  private static final String ROOT = "io.hyperpod.prereqs";
  private static final String INTERNAL = ROOT + ".internal";
  private static final String SPI = ROOT + ".spi";
  /**
   * The annotations value types carry for Immutables (their styles, the null marker): CLASS
   * retention, no API of their own, so any package may use them.
   */
  private static final Set<String> HOUSE_ANNOTATIONS =
      Set.of(INTERNAL + ".ValueStyle", INTERNAL + ".SpecStyle", INTERNAL + ".AllowNulls");
  /** The root of the SDK's exceptions, which the SPI's exceptions extend. */
  private static final String EXCEPTION_ROOT = ROOT + ".PrerequisitesException";

  /**
   * Public types whose methods start the engine (or build an implementation): the SDK's front
   * doors. The spec's root, the bound plan and its formats, the policy factories, the catalog
   * (its name suggestions) and the quota table (its quota lookup).
   */
  private static final Set<String> FRONT_DOORS =
      Set.of(
          ROOT + ".HyperPodPrerequisites",
          ROOT + ".plan.Plan",
          ROOT + ".plan.PlanFormat",
          ROOT + ".catalog.HyperPodCatalog",
          ROOT + ".quotas.QuotaTable",
          ROOT + ".policy.PolicyDocument",
          ROOT + ".policy.PolicyEvaluator",
          ROOT + ".policy.AwsManagedPolicies");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
  private static final Pattern REFERENCE =
      Pattern.compile("\\bio\\.hyperpod\\.prereqs(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*");

  private static final Map<String, Set<String>> USES = readSources(Path.of("src/main/java"));

  @Test
  void theSpiIsALeaf() {
    Map<String, Set<String>> offending = new TreeMap<>();
    USES.forEach(
        (type, used) -> {
          if (inPackageTree(type, SPI)) {
            Set<String> outside =
                used.stream()
                    .filter(u -> !inPackageTree(u, SPI) && !HOUSE_ANNOTATIONS.contains(u))
                    .filter(u -> !u.equals(EXCEPTION_ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!outside.isEmpty()) {
              offending.put(type, outside);
            }
          }
        });
    assertThat(offending)
        .as("types of the SPI that use the rest of the project (the SPI must be a leaf)")
        .isEmpty();
  }

  @Test
  void publicPackagesReachInternalsOnlyThroughTheFrontDoors() {
    Map<String, Set<String>> offending = new TreeMap<>();
    USES.forEach(
        (type, used) -> {
          if (!inPackageTree(type, INTERNAL) && !FRONT_DOORS.contains(type)) {
            Set<String> internals =
                used.stream()
                    .filter(u -> inPackageTree(u, INTERNAL) && !HOUSE_ANNOTATIONS.contains(u))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!internals.isEmpty()) {
              offending.put(type, internals);
            }
          }
        });
    assertThat(offending)
        .as("public types using internal types (hand the work to a front door instead)")
        .isEmpty();
    assertThat(FRONT_DOORS).as("every front door exists").allMatch(USES::containsKey);
  }

  @Test
  void packagesFormNoCycleBesideTheFrontDoors() {
    Map<String, Map<String, List<String>>> graph = new TreeMap<>();
    USES.forEach(
        (type, used) -> {
          String from = packageOf(type);
          graph.computeIfAbsent(from, k -> new TreeMap<>());
          for (String u : used) {
            String to = packageOf(u);
            if (!to.equals(from) && !FRONT_DOORS.contains(type) && !HOUSE_ANNOTATIONS.contains(u)) {
              graph.get(from).computeIfAbsent(to, k -> new ArrayList<>()).add(simple(type) + " -> " + u);
            }
          }
        });
    List<List<String>> cycles = cycles(graph);
    StringBuilder why = new StringBuilder();
    for (List<String> cycle : cycles) {
      why.append("\ncycle ").append(cycle).append(':');
      for (String p : cycle) {
        graph.get(p).forEach((to, refs) -> {
          if (cycle.contains(to)) {
            why.append("\n  ").append(refs.get(0)).append(refs.size() > 1 ? " (+" + (refs.size() - 1) + ")" : "");
          }
        });
      }
    }
    assertThat(cycles).as("package cycles" + why).isEmpty();
  }

  /** Strongly connected components of more than one package (Tarjan). */
  private static List<List<String>> cycles(Map<String, Map<String, List<String>>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<List<String>> result = new ArrayList<>();
    int[] counter = {0};
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, result, counter);
      }
    }
    return result;
  }

  private static void connect(
      String v,
      Map<String, Map<String, List<String>>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<List<String>> result,
      int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]++);
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Map.of()).keySet()) {
      if (!graph.containsKey(w)) {
        continue;
      }
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, result, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> component = new ArrayList<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        component.sort(null);
        result.add(component);
      }
    }
  }

  /** Each top-level type of the sources, and the project types it names. */
  static Map<String, Set<String>> readSources(Path root) {
    assertThat(root).as("sources (the test runs in the module directory)").isDirectory();
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        if (name.equals("package-info")) {
          continue;
        }
        String code = stripCommentsAndStrings(Files.readString(file));
        Matcher pkg = PACKAGE.matcher(code);
        assertThat(pkg.find()).as("package declaration of " + file).isTrue();
        Set<String> used = new TreeSet<>();
        Matcher ref = REFERENCE.matcher(code);
        while (ref.find()) {
          used.add(topLevelType(ref.group()));
        }
        String type = pkg.group(1) + "." + name;
        used.remove(type);
        uses.put(type, used);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uses;
  }

  /** {@code a.b.Outer.Inner} to {@code a.b.Outer}; generated {@code ImmutableX} to {@code X}. */
  private static String topLevelType(String reference) {
    String[] parts = reference.split("\\.");
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (out.length() > 0) {
        out.append('.');
      }
      if (Character.isUpperCase(part.charAt(0))) {
        out.append(part.startsWith("Immutable") && part.length() > 9 ? part.substring(9) : part);
        break;
      }
      out.append(part);
    }
    return out.toString();
  }

  /** The code with comments, string and character literals blanked out (a small lexer). */
  private static String stripCommentsAndStrings(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = indexOrEnd(source, "\n", i);
      } else if (source.startsWith("/*", i)) {
        i = indexOrEnd(source, "*/", i + 2) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        i = indexOrEnd(source, "\"\"\"", i + 3) + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int indexOrEnd(String text, String what, int from) {
    int at = text.indexOf(what, from);
    return at < 0 ? text.length() : at;
  }

  private static boolean inPackageTree(String type, String pkg) {
    return packageOf(type).equals(pkg) || packageOf(type).startsWith(pkg + ".");
  }

  private static String packageOf(String type) {
    return type.substring(0, type.lastIndexOf('.'));
  }

  private static String simple(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
