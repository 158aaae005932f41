package io.hyperpod.prereqs.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of {@code src/test/python} with {@code python3}, its output captured, in an
 * environment that points AWS tools at nothing of the developer's (no profile, no config files, no
 * instance metadata, test credentials, us-west-2).
 */
final class PythonScript {
  static final Path DIR = Path.of("src", "test", "python");
  private static final long TIMEOUT_SECONDS = 180;

  final int exitCode;
  final String output;

  private PythonScript(int exitCode, String output) {
    this.exitCode = exitCode;
    this.output = output;
  }

  static PythonScript run(Path workDir, String script, String... args) {
    List<String> command = new ArrayList<>(List.of("python3", DIR.resolve(script).toString()));
    command.addAll(List.of(args));
    try {
      Path log = Files.createTempFile(workDir, script, ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      isolate(builder.environment(), workDir);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        return new PythonScript(-1, "timed out after " + TIMEOUT_SECONDS + " s\n" + read(log));
      }
      return new PythonScript(process.exitValue(), read(log));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command + " (is python3 installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  /** The environment of AWS tools started by the tests: theirs alone. */
  static void isolate(Map<String, String> env, Path workDir) throws IOException {
    env.keySet().removeIf(name -> name.startsWith("AWS_"));
    Path config = Files.writeString(workDir.resolve("aws-config"), "[default]\n");
    env.put("AWS_CONFIG_FILE", config.toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", config.toString());
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    env.put("AWS_DEFAULT_REGION", "us-west-2");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_PAGER", "");
    env.put("PYTHONUNBUFFERED", "1");
  }

  private static String read(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n" + output;
  }
}
