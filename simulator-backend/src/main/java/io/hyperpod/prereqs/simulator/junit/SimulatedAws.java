package io.hyperpod.prereqs.simulator.junit;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class (or method) against a fresh {@link AwsSimulator} per test: parameters
 * of type {@link AwsSimulator}, {@link io.hyperpod.prereqs.spi.CloudBackend}, {@link
 * io.hyperpod.prereqs.simulator.SimulatorBackend} or {@link io.hyperpod.prereqs.simulator.SimClock}
 * are injected (constructor or method; within one test they share the simulator).
 *
 * <pre>{@code
 * @SimulatedAws(region = "us-west-2")
 * class RoleTest {
 *   @Test
 *   void createRole_new_isFound(CloudBackend aws) { ... }
 *
 *   @Test
 *   void bucket_otherAccount_isNotOurs(CloudBackend mine, @SimulatedAws.Account("210987654321") CloudBackend theirs) { ... }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SimulatorExtension.class)
public @interface SimulatedAws {
  long seed() default AwsSimulator.DEFAULT_SEED;

  String account() default AwsSimulator.DEFAULT_ACCOUNT;

  String region() default AwsSimulator.DEFAULT_REGION;

  /**
   * Start of the simulated clock, ISO-8601; empty for {@link
   * io.hyperpod.prereqs.simulator.SimClock#DEFAULT_START}.
   */
  String start() default "";

  /**
   * On a backend parameter: the backend of this account (same simulator) instead of the default
   * one.
   */
  @Target(ElementType.PARAMETER)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @interface Account {
    String value();
  }
}
