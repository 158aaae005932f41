package io.hyperpod.prereqs.test;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class (or method) against a fresh {@link AwsSimulator} per test. Parameters
 * (constructor or method) of these types are injected, and within one test they share the
 * simulator:
 *
 * <ul>
 *   <li>{@link AwsSimulator}, {@link io.hyperpod.prereqs.simulator.SimClock};
 *   <li>{@link io.hyperpod.prereqs.spi.CloudBackend} or {@link
 *       io.hyperpod.prereqs.simulator.SimulatorBackend}: the simulator's backend in the account and
 *       region below;
 *   <li>{@link io.hyperpod.prereqs.HyperPodPrerequisites}: the spec {@link #spec()} names, loaded;
 *   <li>{@link io.hyperpod.prereqs.simulator.http.SimulatorServer} or {@link java.net.URI} (its
 *       endpoint), with {@link #serve()}: the simulator's HTTP front on a free 127.0.0.1 port,
 *       stopped after the test.
 * </ul>
 *
 * <p>The region is the spec's when {@link #spec()} names one, so that a plan of that spec plans
 * something: a {@link #region()} or {@link #account()} that differs from the spec's fails the test
 * at once with both named, rather than letting the plan end in nothing but a {@code
 * region.mismatch} finding.
 *
 * <pre>{@code
 * @SimulatedAws(spec = "examples/specs/quickstart.yaml")
 * class QuickstartTest {
 *   @Test
 *   void plan_freshAccount_createsTheAdmin(HyperPodPrerequisites spec, CloudBackend aws) {
 *     assertThat(spec.plan(aws)).creates("iam_user.quickstart-admin").hasNoErrors();
 *   }
 *
 *   @Test
 *   @SimulatedAws(spec = "examples/specs/quickstart.yaml", serve = true)
 *   void cli_overTheWire(URI endpoint) { ... }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SimulatorExtension.class)
public @interface SimulatedAws {
  /**
   * A spec file whose region (and account, when it names one) the simulator takes: a path relative
   * to the working directory or to one of its parents (so that {@code
   * "examples/specs/quickstart.yaml"} works from every module of a build), or a classpath
   * resource. Empty for none.
   *
   * @return the spec's path, or empty
   */
  String spec() default "";

  /**
   * The simulator's seed (ids, generated names).
   *
   * @return the seed
   */
  long seed() default AwsSimulator.DEFAULT_SEED;

  /**
   * The account of the injected backends: empty for the spec's account, else {@value
   * AwsSimulator#DEFAULT_ACCOUNT}.
   *
   * @return the account id, or empty
   */
  String account() default "";

  /**
   * The region of the injected backends: empty for the spec's region, else {@value
   * AwsSimulator#DEFAULT_REGION}.
   *
   * @return the region, or empty
   */
  String region() default "";

  /**
   * Start of the simulated clock, ISO-8601; empty for {@link
   * io.hyperpod.prereqs.simulator.SimClock#DEFAULT_START}.
   *
   * @return the instant, or empty
   */
  String start() default "";

  /**
   * Whether to serve the simulator over HTTP for each test, so that a {@link
   * io.hyperpod.prereqs.simulator.http.SimulatorServer} or its endpoint {@link java.net.URI} can
   * be injected.
   *
   * @return true to start the HTTP front
   */
  boolean serve() default false;

  /**
   * On a backend parameter: the backend of this account (same simulator) instead of the default
   * one.
   */
  @Target(ElementType.PARAMETER)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @interface Account {
    /**
     * The account id.
     *
     * @return the 12-digit account id
     */
    String value();
  }
}
