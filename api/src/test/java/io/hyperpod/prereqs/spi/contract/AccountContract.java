package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The account port: who calls and where. Part of {@link CloudBackendContractTest}. */
public abstract class AccountContract extends ContractGroup {
  protected AccountContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void callerIdentity_always_namesTwelveDigitAccountAndArn() {
    var identity = backend().account().callerIdentity();

    assertThat(identity.account()).matches("\\d{12}");
    assertThat(identity.arn()).startsWith("arn:aws:").contains(":" + identity.account() + ":");
    assertThat(identity.userId()).isNotBlank();
  }

  @Test
  void region_always_isARegionName() {
    assertThat(backend().account().region()).matches("[a-z]{2}(-[a-z]+)+-\\d");
  }

  @Test
  void name_always_isGiven() {
    assertThat(backend().name()).isNotBlank();
  }
}
