package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --help}, {@code -h} and {@code help PATH} work on every command of the tree. */
class HelpEverywhereTest {
  /** The command paths below the root, e.g. [plan], [simulator, serve]. */
  static List<List<String>> paths() {
    Terminal.Factory f = new Terminal.Factory(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), false);
    List<List<String>> out = new ArrayList<>();
    for (CommandLine c : CommandTree.all(CommandTree.create(f))) {
      List<String> path = new ArrayList<>();
      for (CommandLine x = c; x.getParent() != null; x = x.getParent()) {
        path.add(0, x.getCommandName());
      }
      out.add(path);
    }
    return out;
  }

  @Test
  void theTreeHasEveryCommand() {
    assertThat(paths()).contains(List.of(), List.of("plan"), List.of("quotas"),
        List.of("simulator", "serve"), List.of("simulator", "advance"), List.of("help"));
  }

  @Test
  void everyCommand_answersHelpAndH_withItsOwnUsage() {
    for (List<String> path : paths()) {
      String usage = "Usage: " + String.join(" ", prepend("hyperpod-prereqs", path));
      for (String flag : List.of("--help", "-h")) {
        CliRun run = CliRun.run(null, append(path, flag));
        assertThat(run.code).as(path + " " + flag + "\n" + run).isZero();
        assertThat(run.out).as(path + " " + flag).startsWith(usage);
        assertThat(run.err).as(path + " " + flag).isEmpty();
      }
      CliRun help = CliRun.run(null, prepend("help", path).toArray(String[]::new));
      assertThat(help.code).as("help " + path + "\n" + help).isZero();
      assertThat(help.out).as("help " + path).startsWith(usage);
    }
  }

  @Test
  void help_ofAnUnknownCommand_isAUsageErrorNamingTheCommandsThereAre() {
    CliRun run = CliRun.run(null, "help", "simulator", "frobnicate");

    assertThat(run.code).isEqualTo(64);
    assertThat(run.err).contains("frobnicate").contains("serve");
  }

  private static String[] append(List<String> path, String last) {
    List<String> all = new ArrayList<>(path);
    all.add(last);
    return all.toArray(String[]::new);
  }

  private static List<String> prepend(String first, List<String> path) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(path);
    return all;
  }
}
