package io.hyperpod.prereqs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A command that talks to no backend (validate, show, init, schema, completion): it takes none
 * of the backend options, so that none is silently ignored.
 */
abstract class OfflineCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--no-color", description = "no ANSI colours even on a terminal")
  boolean noColor;

  @Option(names = "--debug", description = "print stack traces of unexpected errors")
  boolean debug;

  Terminal terminal() {
    return root.terminals().create(noColor);
  }
}
