package io.hyperpod.prereqs.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command tree of a run, with what every command shares: {@code -h}/{@code --help} on each
 * one, and the check of the options that belong to one backend.
 */
final class CommandTree {
  private CommandTree() {}

  /** The root command line writing to the factory's streams, every command with its help. */
  static CommandLine create(Terminal.Factory terminals) {
    CommandLine cmd = new CommandLine(new RootCommand(terminals));
    addHelpOptions(cmd);
    cmd.setOut(terminals.out());
    cmd.setErr(terminals.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionStrategy(result -> {
      checkBackendOptions(result);
      return new CommandLine.RunLast().execute(result);
    });
    return cmd;
  }

  /** Every command of the tree, the root first, depth first. */
  static List<CommandLine> all(CommandLine root) {
    List<CommandLine> out = new java.util.ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(CommandLine cmd, List<CommandLine> out) {
    out.add(cmd);
    cmd.getSubcommands().values().forEach(c -> collect(c, out));
  }

  private static void addHelpOptions(CommandLine root) {
    for (CommandLine cmd : all(root)) {
      CommandSpec spec = cmd.getCommandSpec();
      if (spec.findOption("--help") == null) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
            .description("Show this help message and exit.").build());
      }
    }
  }

  /** {@code --profile} and {@code --endpoint-url} mean nothing to the simulator: say so. */
  private static void checkBackendOptions(CommandLine.ParseResult result) {
    CommandLine.ParseResult last = result;
    while (last.subcommand() != null) {
      last = last.subcommand();
    }
    if (!last.hasMatchedOption("--backend") || !"aws".equalsIgnoreCase(
        String.valueOf(last.matchedOptionValue("--backend", GlobalOptions.Backend.simulator)))) {
      for (String option : List.of("--profile", "--endpoint-url")) {
        if (last.hasMatchedOption(option)) {
          throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
              option + " applies only to --backend aws, and this command runs on the embedded"
                  + " simulator; add --backend aws to use AWS, or drop " + option);
        }
      }
    }
  }
}
