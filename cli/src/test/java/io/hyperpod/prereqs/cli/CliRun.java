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

  /** The one JSON document on stdout; fails when stdout holds none, several, or more text. */
  com.fasterxml.jackson.databind.JsonNode onlyDocument() {
    try (com.fasterxml.jackson.databind.MappingIterator<com.fasterxml.jackson.databind.JsonNode>
        docs = new com.fasterxml.jackson.databind.ObjectMapper()
            .readerFor(com.fasterxml.jackson.databind.JsonNode.class).readValues(out)) {
      List<com.fasterxml.jackson.databind.JsonNode> all = docs.readAll();
      if (all.size() != 1 || !all.get(0).isObject()) {
        throw new AssertionError("expected exactly one JSON document on stdout, got "
            + all.size() + ":\n" + this);
      }
      return all.get(0);
    } catch (java.io.IOException e) {
      throw new AssertionError("stdout is not JSON documents only (" + e.getMessage() + "):\n"
          + this, e);
    }
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
