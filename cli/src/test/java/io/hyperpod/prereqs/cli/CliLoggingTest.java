package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CliLoggingTest {
  @Test
  void withoutDebug_loggingIsOff() {
    Properties system = new Properties();

    CliLogging.configure(new String[] {"plan", "spec.yaml", "--json"}, system);

    assertThat(system.getProperty(CliLogging.LEVEL)).isEqualTo("off");
  }

  @Test
  void withDebug_logsAtDebug_unlessAfterTheEndOfOptions() {
    Properties system = new Properties();
    CliLogging.configure(new String[] {"apply", "--debug", "spec.yaml"}, system);
    assertThat(system.getProperty(CliLogging.LEVEL)).isEqualTo("debug");

    Properties after = new Properties();
    CliLogging.configure(new String[] {"validate", "--", "--debug"}, after);
    assertThat(after.getProperty(CliLogging.LEVEL)).isEqualTo("off");
  }

  @Test
  void levelTheUserSet_wins() {
    Properties system = new Properties();
    system.setProperty(CliLogging.LEVEL, "warn");

    CliLogging.configure(new String[] {"plan", "--debug"}, system);

    assertThat(system.getProperty(CliLogging.LEVEL)).isEqualTo("warn");
  }

  @Test
  void cli_shipsAnSlf4jProvider() {
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
        .isEqualTo("org.slf4j.simple.SimpleLoggerFactory");
  }
}
