package io.hyperpod.prereqs.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a command writes: one JSON document or the human result on stdout, progress and messages
 * on stderr; colours and questions only when a person is at a terminal.
 */
final class Terminal {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private final boolean color;
  private final Factory run;

  Terminal(Factory run, PrintWriter out, PrintWriter err, boolean interactive, boolean noColor) {
    this.run = run;
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.color = interactive && !noColor && System.getenv("NO_COLOR") == null;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  boolean interactive() {
    return interactive;
  }

  boolean color() {
    return color;
  }

  /**
   * Names where the command runs: first on stdout before a human output, or on stderr when
   * stdout carries the JSON document.
   */
  void target(BackendSession session, boolean json) {
    (json ? err : out).println(session.target());
  }

  /**
   * Prints the run's one JSON document on stdout ({@link JsonDocument}); a second one is a bug.
   */
  void json(Object body) {
    run.json(body);
  }

  /** Makes the terminal of a command from the streams of the run and the command's options. */
  static final class Factory {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;
    private boolean documentPrinted;

    Factory(PrintWriter out, PrintWriter err, boolean interactive) {
      this.out = out;
      this.err = err;
      this.interactive = interactive;
    }

    Terminal create(GlobalOptions options) {
      return create(options.noColor);
    }

    Terminal create(boolean noColor) {
      return new Terminal(this, out, err, interactive, noColor);
    }

    PrintWriter out() {
      return out;
    }

    PrintWriter err() {
      return err;
    }

    /** Whether the run printed its JSON document. */
    synchronized boolean documentPrinted() {
      return documentPrinted;
    }

    synchronized void json(Object body) {
      if (documentPrinted) {
        throw new IllegalStateException("a --json run prints one document; this is a second");
      }
      String doc = JsonDocument.of(body);
      documentPrinted = true;
      out.println(doc);
      out.flush();
    }
  }

  /** Asks a yes/no question on the terminal; anything but yes is no. */
  boolean confirm(String question) {
    err.print(question + " Only 'yes' will be accepted: ");
    err.flush();
    try {
      String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
          .readLine();
      return answer != null && answer.trim().toLowerCase(Locale.ROOT).equals("yes");
    } catch (IOException e) {
      return false;
    }
  }
}
