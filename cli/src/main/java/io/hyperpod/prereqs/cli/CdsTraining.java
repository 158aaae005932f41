package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The training run of the launcher's class-data-sharing archive ({@code ./hyperpod-prereqs} runs
 * it once per jar, with {@code -XX:ArchiveClassesAtExit}): in one JVM, the commands whose start-up
 * users wait for, so that the archive holds the classes of each - {@code --help} (picocli's help
 * classes), a {@code plan} of a spec on a throw-away simulator state (what plan, apply, verify and
 * the renderers share) and a warmed-up simulator server (the JDK HTTP server and the wire
 * protocols of {@code simulator serve}). Their output is discarded.
 */
public final class CdsTraining {
  private CdsTraining() {}

  /**
   * Runs the training.
   *
   * @param args the spec to plan and the simulator state file to plan it on (made, then left)
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: CdsTraining SPEC SIMULATOR_STATE");
      System.exit(ExitCodes.USAGE);
    }
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    Main.run(new String[] {"--help"}, nowhere, nowhere, false);
    Main.run(new String[] {"plan", args[0], "--simulator-state", args[1]}, nowhere, nowhere,
        false);
    SimulatorServer.builder(AwsSimulator.create()).warmUp(true).start().stop();
    System.exit(ExitCodes.OK);
  }
}
