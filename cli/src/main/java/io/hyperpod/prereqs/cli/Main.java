package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.PrerequisitesException;
import io.hyperpod.prereqs.spi.CloudException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** {@code hyperpod-prereqs}: the command-line entry point. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line on the process's standard streams and exits the JVM with its exit code;
   * see {@link #run} for the codes.
   *
   * @param args the command line, e.g. {@code plan examples/specs/quickstart.yaml --json}
   */
  public static void main(String[] args) {
    CliLogging.configure(args, System.getProperties());
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err, System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with these streams; returns the exit code ({@link ExitCodes}).
   *
   * @param args the command line without the program name, e.g. {@code plan spec.yaml --json}
   * @param out where results go (text, or the JSON document with {@code --json})
   * @param err where errors, warnings and progress go
   * @param interactive whether a console is attached, as {@code System.console() != null} tells
   * @return 0 done, 1 an error, 2 {@code plan} found changes to make, 3 {@code verify} found the
   *     account not ready, 64 a usage error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
    StateFiles.command(args);
    Terminal.Factory terminals = new Terminal.Factory(out, err, interactive);
    CommandLine cmd = CommandTree.create(terminals);
    cmd.setParameterExceptionHandler((ex, given) -> {
      err.println("error: " + ex.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
        ex.getCommandLine().usage(err);
      }
      if (java.util.Arrays.asList(given).contains("--json") && !terminals.documentPrinted()) {
        terminals.json(ErrorJson.usage(ex.getMessage()));
      }
      return ExitCodes.USAGE;
    });
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      report(ex, err, matched(parseResult, "--debug"));
      if (matched(parseResult, "--json") && !terminals.documentPrinted()) {
        terminals.json(ErrorJson.of(ex));
      }
      return ExitCodes.ERROR;
    });
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Whether the option was given to the command or one of its subcommands. */
  private static boolean matched(CommandLine.ParseResult result, String option) {
    for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption(option)) {
        return true;
      }
    }
    return false;
  }

  private static void report(Exception ex, PrintWriter err, boolean debug) {
    // CloudException is a PrerequisitesException too: it goes first, for its service and code.
    if (ex instanceof CloudException) {
      CloudException c = (CloudException) ex;
      String message = c.getMessage();
      String requestId = c.requestId()
          .filter(id -> message == null || !message.contains(id))
          .map(id -> " (request id " + id + ")").orElse("");
      err.println("error: " + c.service() + " " + c.errorCode() + ": " + message + requestId);
    } else if (ex instanceof UserError || ex instanceof PrerequisitesException) {
      err.println("error: " + ex.getMessage());
    } else if (ex instanceof UncheckedIOException) {
      err.println("error: " + ex.getCause().getMessage());
    } else {
      err.println("internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
      if (debug) {
        ex.printStackTrace(err);
      }
    }
    err.flush();
  }
}
