package io.hyperpod.prereqs.cli;

import java.util.Arrays;
import java.util.Properties;

/**
 * The CLI's logging: it ships slf4j-simple, silent unless {@code --debug} is given, when it logs at
 * debug level to stderr (the AWS SDK's requests, retries, ...). Set before the first logger is
 * made; a level the user sets with {@code -Dorg.slf4j.simpleLogger.defaultLogLevel} wins.
 */
final class CliLogging {
  static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private CliLogging() {}

  /** Chooses the level for this run from its arguments (options end at {@code --}). */
  static void configure(String[] args, Properties system) {
    if (system.getProperty(LEVEL) != null) {
      return;
    }
    boolean debug =
        Arrays.stream(args).takeWhile(a -> !a.equals("--")).anyMatch(a -> a.equals("--debug"));
    system.setProperty(LEVEL, debug ? "debug" : "off");
  }
}
