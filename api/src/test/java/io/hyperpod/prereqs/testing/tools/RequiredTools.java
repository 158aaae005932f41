package io.hyperpod.prereqs.testing.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * The one home of the rule for tests that need programs outside Java and Maven ({@link Tool}): on a
 * machine without one, such a test is skipped with ONE line naming what is missing and how to
 * install it, so that a clone with only Java and Maven passes {@code mvn verify}; where the
 * environment variable {@code CI} is {@code true} the tools are required and the test fails with
 * the same line. Each tool is probed once per JVM.
 *
 * <p>Used through {@link RequiresTools} on a test class, or by an extension that starts such a tool
 * (the moto extension) through {@link #evaluate(Collection)}.
 */
public final class RequiredTools {
  private static final long PROBE_TIMEOUT_SECONDS = 120;
  private static final RequiredTools STANDARD =
      new RequiredTools(RequiredTools::missing, System.getenv());
  private static final Map<Tool, Optional<String>> PROBED = new ConcurrentHashMap<>();

  private final Function<Tool, Optional<String>> missing;
  private final boolean required;

  /**
   * @param missing why a tool is missing, empty when it is there
   * @param environment the environment whose {@code CI} decides between skipping and failing
   */
  RequiredTools(Function<Tool, Optional<String>> missing, Map<String, String> environment) {
    this.missing = missing;
    this.required = "true".equalsIgnoreCase(environment.getOrDefault("CI", "").trim());
  }

  /** The rule on this machine: real probes (cached), {@code CI} from the environment. */
  public static RequiredTools standard() {
    return STANDARD;
  }

  /** Whether missing tools fail the test (CI) rather than skip it. */
  public boolean required() {
    return required;
  }

  /**
   * Enabled when every tool is there; else disabled with one line naming what is missing, or, on
   * CI, a {@link MissingToolException} with that line (JUnit reports the test as failed).
   */
  public ConditionEvaluationResult evaluate(Collection<Tool> tools) {
    List<String> absent = new ArrayList<>();
    for (Tool tool : tools) {
      missing
          .apply(tool)
          .ifPresent(why -> absent.add(tool.label() + " (" + why + "; " + tool.install() + ")"));
    }
    if (absent.isEmpty()) {
      return ConditionEvaluationResult.enabled(
          "found " + tools.stream().map(Tool::label).collect(Collectors.joining(", ")));
    }
    String line = "needs " + String.join(", ", absent);
    if (required) {
      throw new MissingToolException(line + " - required because CI=true");
    }
    return ConditionEvaluationResult.disabled("skipped: " + line);
  }

  /** Why {@code tool} is missing on this machine, empty when it is there; probed once per JVM. */
  public static Optional<String> missing(Tool tool) {
    return PROBED.computeIfAbsent(tool, t -> run(t.probe()));
  }

  /** Runs {@code command}: empty when it exits 0, else the reason in a few words. */
  static Optional<String> run(List<String> command) {
    String shown = String.join(" ", command);
    Path output = null;
    try {
      output = Files.createTempFile("tool-probe-", ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.of("'" + shown + "' did not end within " + PROBE_TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() == 0) {
        return Optional.empty();
      }
      return Optional.of("'" + shown + "' exited " + process.exitValue() + lastLine(output));
    } catch (IOException e) {
      String program = command.get(0);
      return Optional.of(
          "'" + program + (program.contains("/") ? "' cannot be run" : "' is not on PATH"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while running '" + shown + "'");
    } finally {
      if (output != null) {
        try {
          Files.deleteIfExists(output);
        } catch (IOException e) {
          // a temporary file left behind
        }
      }
    }
  }

  private static String lastLine(Path output) {
    try {
      List<String> lines =
          Files.readAllLines(output, StandardCharsets.UTF_8).stream()
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .collect(Collectors.toList());
      return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1);
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  /** A tool that CI requires is missing. */
  public static final class MissingToolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingToolException(String message) {
      super(message);
    }
  }
}
