package io.hyperpod.prereqs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process against an embedded simulator state in a test's folder. */
final class CliRun {
  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CliRun run(Path state, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (state != null && !all.isEmpty() && !all.contains("--simulator-state")) {
      all.add("--simulator-state");
      all.add(state.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
        false);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs the CLI with {@code --backend aws --endpoint-url} of a local AWS-compatible server. */
  static CliRun aws(java.net.URI endpoint, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--backend", "aws", "--endpoint-url", endpoint.toString()));
    return run(null, all.toArray(String[]::new));
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
