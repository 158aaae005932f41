package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorModuleTest {
  @Test
  void injector_accountAndRegion_bindsABackendOfThem() {
    Injector injector = Guice.createInjector(new SimulatorModule("210987654321", "eu-west-1"));

    CloudBackend backend = injector.getInstance(CloudBackend.class);

    assertThat(backend.name()).isEqualTo("simulator");
    assertThat(backend.account().callerIdentity().account()).isEqualTo("210987654321");
    assertThat(backend.account().region()).isEqualTo("eu-west-1");
  }

  @Test
  void injector_givenSimulator_bindsItAndOneBackendOnIt() {
    AwsSimulator aws = AwsSimulator.create();
    Injector injector =
        Guice.createInjector(new SimulatorModule(aws, AwsSimulator.DEFAULT_ACCOUNT, "us-west-2"));

    injector.getInstance(CloudBackend.class).iam().createUser("alice", Map.of());

    assertThat(injector.getInstance(AwsSimulator.class)).isSameAs(aws);
    assertThat(injector.getInstance(CloudBackend.class))
        .isSameAs(injector.getInstance(SimulatorBackend.class));
    assertThat(aws.backend("us-west-2").iam().findUser("alice")).isPresent();
  }

  @Test
  void injector_defaultModule_usesTheDefaultAccountAndRegion() {
    CloudBackend backend =
        Guice.createInjector(new SimulatorModule()).getInstance(CloudBackend.class);

    assertThat(backend.account().region()).isEqualTo(AwsSimulator.DEFAULT_REGION);
    assertThat(backend.account().callerIdentity().account())
        .isEqualTo(AwsSimulator.DEFAULT_ACCOUNT);
  }
}
