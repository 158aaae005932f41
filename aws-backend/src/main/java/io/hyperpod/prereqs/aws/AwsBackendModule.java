package io.hyperpod.prereqs.aws;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.function.Consumer;

/**
 * Binds {@link CloudBackend} (and {@link AwsBackend}) to one AWS backend per injector. The
 * injector does not close it: whoever owns the injector closes the {@link AwsBackend}.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new AwsBackendModule(b -> b.region("us-west-2")));
 * }</pre>
 */
public final class AwsBackendModule extends AbstractModule {
  private final Consumer<AwsBackend.Builder> configuration;

  /** The default credential and region chains. */
  public AwsBackendModule() {
    this(builder -> {});
  }

  /**
   * A backend configured by {@code configuration} (region, profile, endpoint override, ...).
   *
   * @param configuration applied to a fresh {@link AwsBackend#builder()} before the backend is
   *     built
   */
  public AwsBackendModule(Consumer<AwsBackend.Builder> configuration) {
    this.configuration = requireNonNull(configuration, "configuration is null");
  }

  @Provides
  @Singleton
  AwsBackend awsBackend() {
    AwsBackend.Builder builder = AwsBackend.builder();
    configuration.accept(builder);
    return builder.build();
  }

  @Provides
  @Singleton
  CloudBackend cloudBackend(AwsBackend backend) {
    return backend;
  }
}
