package io.hyperpod.prereqs.cli;

import java.io.IOException;
import java.nio.file.Files;
import picocli.CommandLine.Command;

/** {@code simulator reset|advance|serve}: the embedded simulator's own controls. */
@Command(name = "simulator", description = "Controls the embedded simulator.",
    subcommands = {SimulatorCommand.Reset.class, SimulatorAdvanceCommand.class,
        SimulatorServeCommand.class})
final class SimulatorCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.ParentCommand RootCommand root;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code simulator reset}: forget the embedded simulator's state. */
  @Command(name = "reset", description = "Deletes the embedded simulator's state file: the next"
      + " command starts from a fresh account. While `simulator serve` holds the state file,"
      + " resets that server.")
  static final class Reset implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Mixin GlobalOptions global;

    @picocli.CommandLine.ParentCommand SimulatorCommand parent;

    @Override
    public Integer call() throws IOException {
      Terminal t = parent.root.terminals().create(global);
      String done = StateFiles.take(global.simulatorState, lock -> {
        try (lock) {
          boolean existed = Files.deleteIfExists(global.simulatorState);
          return existed ? "simulator state " + global.simulatorState + " deleted"
              : "no simulator state at " + global.simulatorState + "; nothing to reset";
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, server -> {
        SimulatorAdmin.post(server, "/_simulator/reset");
        return "the simulator server at " + server + " forgot its state (" + global.simulatorState
            + ")";
      });
      t.err().println(done);
      return ExitCodes.OK;
    }
  }
}
