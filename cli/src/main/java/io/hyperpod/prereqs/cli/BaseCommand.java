package io.hyperpod.prereqs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** What every subcommand has: the common options and the terminal of the run. */
abstract class BaseCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @ParentCommand RootCommand root;

  Terminal terminal() {
    return root.terminals().create(global);
  }
}
