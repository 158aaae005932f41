package io.hyperpod.prereqs.simulator;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.hyperpod.prereqs.spi.CloudBackend;
import jakarta.inject.Singleton;
import java.util.Objects;

/**
 * Guice bindings for the simulator: one {@link AwsSimulator} and a {@link CloudBackend} (a {@link
 * SimulatorBackend}) of the chosen account and region, calling as the account root.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new SimulatorModule("us-west-2"));
 * CloudBackend backend = injector.getInstance(CloudBackend.class);
 * }</pre>
 */
public final class SimulatorModule extends AbstractModule {
  private final AwsSimulator simulator;
  private final String accountId;
  private final String region;

  /** A fresh simulator; the default account in {@link AwsSimulator#DEFAULT_REGION}. */
  public SimulatorModule() {
    this(AwsSimulator.DEFAULT_REGION);
  }

  /**
   * A fresh simulator; the default account in this region.
   *
   * @param region the region name, e.g. {@code us-west-2}
   */
  public SimulatorModule(String region) {
    this(AwsSimulator.DEFAULT_ACCOUNT, region);
  }

  /**
   * A fresh simulator; this account and region.
   *
   * @param accountId the 12-digit account id the backend acts in
   * @param region the region name, e.g. {@code us-west-2}
   */
  public SimulatorModule(String accountId, String region) {
    this(AwsSimulator.create(), accountId, region);
  }

  /**
   * An existing simulator (e.g. loaded from a file); this account and region.
   *
   * @param simulator the simulator to bind
   * @param accountId the 12-digit account id the backend acts in
   * @param region the region name, e.g. {@code us-west-2}
   */
  public SimulatorModule(AwsSimulator simulator, String accountId, String region) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.region = Objects.requireNonNull(region, "region");
  }

  @Override
  protected void configure() {
    bind(AwsSimulator.class).toInstance(simulator);
  }

  @Provides
  @Singleton
  SimulatorBackend simulatorBackend(AwsSimulator aws) {
    return aws.backend(accountId, region);
  }

  @Provides
  @Singleton
  CloudBackend cloudBackend(SimulatorBackend backend) {
    return backend;
  }
}
