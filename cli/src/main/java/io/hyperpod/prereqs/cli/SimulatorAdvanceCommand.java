package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code simulator advance --hours N}: moves the embedded simulator's clock, so that quota
 * requests get decided and file systems become available as the time passes.
 */
@Command(name = "advance", description = "Moves the embedded simulator's clock forward: quota"
    + " increase requests are decided and FSx file systems become AVAILABLE as simulated time"
    + " passes. See them with `quotas` and `plan`. While `simulator serve` holds the state file,"
    + " moves that server's clock.")
final class SimulatorAdvanceCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @ParentCommand SimulatorCommand parent;

  @Option(names = "--hours", required = true, paramLabel = "N",
      description = "how many simulated hours pass (decimals allowed, e.g. 0.5)")
  double hours;

  @Override
  public Integer call() {
    Terminal t = parent.root.terminals().create(global);
    if (global.backend != GlobalOptions.Backend.simulator) {
      throw new UserError("simulator advance moves the embedded simulator's clock; it does"
          + " nothing with --backend " + global.backend);
    }
    if (!(hours >= 0) || Double.isInfinite(hours)) {
      throw new UserError("--hours " + hours + " is not a number of hours of 0 or more:"
          + " simulated time only moves forward");
    }
    long seconds = Math.round(hours * 3600);
    String moved = StateFiles.take(global.simulatorState, lock -> {
      try (lock) {
        AwsSimulator simulator = AwsSimulator.loadOrCreate(global.simulatorState);
        Instant from = simulator.clock().instant();
        Instant to = simulator.clock().advance(Duration.ofSeconds(seconds));
        simulator.save(global.simulatorState);
        return "simulated clock moved from " + from + " to " + to + " (" + global.simulatorState
            + ")";
      }
    }, server -> {
      String answer = SimulatorAdmin.post(server, "/_simulator/clock/advance?seconds=" + seconds);
      return "simulated clock of the server at " + server + " moved: " + answer;
    });
    t.err().println(moved);
    return ExitCodes.OK;
  }
}
