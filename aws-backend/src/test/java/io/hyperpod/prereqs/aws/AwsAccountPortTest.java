package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.action;
import static io.hyperpod.prereqs.aws.AwsWire.queryError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.account.CallerIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AwsAccountPortTest {
  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsWire wire = AwsWire.create();

  @Test
  void callerIdentity_readsAccountArnAndUserId_callingStsOnce() {
    wm.stubFor(AwsWire.callerIdentity());
    try (AwsBackend backend = wire.backend(wm).build()) {
      CallerIdentity first = backend.account().callerIdentity();
      CallerIdentity second = backend.account().callerIdentity();

      assertThat(first)
          .isEqualTo(
              CallerIdentity.of(
                  AwsWire.ACCOUNT, "arn:aws:iam::123456789012:user/admin", "AIDATEST"));
      assertThat(second).isEqualTo(first);
      assertThat(backend.callCounts().calls("sts", "GetCallerIdentity")).isEqualTo(1);
    }
    wm.verify(
        1,
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("GetCallerIdentity"))
            .withFormParam("Version", equalTo("2011-06-15"))
            .withHeader("Authorization", containing("Credential=AKIATEST/"))
            .withHeader("Authorization", containing("/us-west-2/sts/aws4_request")));
  }

  @Test
  void region_isTheBackendsRegion() {
    try (AwsBackend backend = wire.backend(wm).region("ap-northeast-1").build()) {
      assertThat(backend.account().region()).isEqualTo("ap-northeast-1");
      assertThat(backend.region()).isEqualTo("ap-northeast-1");
    }
  }

  @Test
  void callerIdentity_whenCredentialsAreRefused_saysToCheckThem() {
    wm.stubFor(
        action("GetCallerIdentity")
            .willReturn(
                queryError(
                    403,
                    "InvalidClientTokenId",
                    "The security token included in the request is invalid.")));
    try (AwsBackend backend = wire.backend(wm).build()) {
      assertThatThrownBy(() -> backend.account().callerIdentity())
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("STS GetCallerIdentity for the caller's identity failed")
          .hasMessageContaining("AWS refused the credentials");
    }
  }
}
