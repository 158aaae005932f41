package io.hyperpod.prereqs.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code completion bash|zsh}: the shell completion script of the whole command tree. */
@Command(name = "completion", description = "Prints the shell completion script. bash:"
    + " `source <(hyperpod-prereqs completion bash)`; zsh: `source <(hyperpod-prereqs"
    + " completion zsh)` (it turns on zsh's bash completion, bashcompinit).")
final class CompletionCommand extends OfflineCommand {
  /** The shells there is a script for. */
  enum Shell {
    bash,
    zsh
  }

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh")
  Shell shell;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Terminal t = terminal();
    String script = AutoComplete.bash("hyperpod-prereqs", spec.root().commandLine());
    if (shell == Shell.zsh) {
      t.out().println("# zsh completion of hyperpod-prereqs: zsh runs bash completion scripts"
          + " through bashcompinit, which needs compinit first");
      t.out().println("(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }");
    }
    t.out().print(script);
    return ExitCodes.OK;
  }
}
