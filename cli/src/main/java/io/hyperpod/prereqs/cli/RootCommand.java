package io.hyperpod.prereqs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: only subcommands. */
@Command(
    name = "hyperpod-prereqs",
    mixinStandardHelpOptions = true,
    version = "hyperpod-prereqs 0.1.0",
    description = "Prepares an AWS account for Amazon SageMaker HyperPod (Slurm) clusters:"
        + " plan, apply, verify and destroy the prerequisites a spec describes.",
    subcommands = {
      PlanCommand.class,
      ApplyCommand.class,
      DestroyCommand.class,
      OutputsCommand.class,
      VerifyCommand.class,
      QuotasCommand.class,
      ToolPolicyCommand.class,
      SimulatorCommand.class,
      ValidateCommand.class,
      ShowCommand.class,
      CompletionCommand.class,
      InitCommand.class,
      SchemaCommand.class,
      HelpCommand.class
    })
final class RootCommand implements Runnable {
  private final Terminal.Factory terminals;

  RootCommand(Terminal.Factory terminals) {
    this.terminals = terminals;
  }

  Terminal.Factory terminals() {
    return terminals;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
