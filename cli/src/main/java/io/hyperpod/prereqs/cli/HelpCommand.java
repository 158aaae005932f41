package io.hyperpod.prereqs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND [SUBCOMMAND...]]}: the usage of the command at that path (picocli's own
 * help command looks only one level down, so {@code help simulator serve} showed
 * {@code simulator}'s).
 */
@Command(name = "help", helpCommand = true,
    description = "Shows the help of a command, e.g. `help simulator serve`.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
  @Parameters(paramLabel = "COMMAND", arity = "0..*",
      description = "the command and subcommands to show the help of")
  List<String> path = new ArrayList<>();

  private CommandLine self;
  private CommandLine.Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme,
      PrintWriter outWriter, PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = outWriter;
  }

  @Override
  public void run() {
    CommandLine target = self.getParent();
    for (String name : path) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) {
        throw new CommandLine.ParameterException(self, "unknown command `" + name + "` for `"
            + target.getCommandSpec().qualifiedName() + "`; its commands: "
            + String.join(", ", target.getSubcommands().keySet()));
      }
      target = next;
    }
    target.usage(out, colors);
  }
}
