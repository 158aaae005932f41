package io.hyperpod.prereqs.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

class AwsErrorsTest {
  private static final AwsCall CALL = AwsCall.iam("CreateRole", "role 'demo'");

  @Test
  void translate_unknownCodeWithStatus429_isThrottledAndRetryable() {
    CloudException e = AwsErrors.translate(CALL, error(429, "BrandNew", "slow down"));

    assertThat(e).isExactlyInstanceOf(ThrottledException.class);
    assertThat(e.errorCode()).isEqualTo("BrandNew");
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void translate_withoutCode_namesTheStatus() {
    CloudException notFound = AwsErrors.translate(CALL, error(404, null, null));
    CloudException forbidden = AwsErrors.translate(CALL, error(403, null, null));

    assertThat(notFound).isExactlyInstanceOf(NotFoundException.class);
    assertThat(notFound.errorCode()).isEqualTo("NotFound");
    assertThat(notFound).hasMessage("IAM CreateRole for role 'demo' failed: NotFound: HTTP 404.");
    assertThat(forbidden).isExactlyInstanceOf(AccessDeniedException.class);
    assertThat(forbidden).hasMessageContaining("grant iam:CreateRole");
  }

  @Test
  void translate_serverError_saysToTryLaterAndKeepsTheRequestId() {
    AwsServiceException error =
        AwsServiceException.builder()
            .statusCode(503)
            .requestId("abc-123")
            .awsErrorDetails(
                AwsErrorDetails.builder().errorCode("ServiceUnavailable").errorMessage("busy").build())
            .build();

    CloudException e = AwsErrors.translate(CALL, error);

    assertThat(e).isExactlyInstanceOf(CloudException.class);
    assertThat(e.retryable()).isTrue();
    assertThat(e.requestId()).contains("abc-123");
    assertThat(e)
        .hasMessage(
            "IAM CreateRole for role 'demo' failed: ServiceUnavailable: busy. AWS failed internally"
                + " after the configured retries: try again later. (request id abc-123)");
    assertThat(e).hasCause(error);
  }

  @Test
  void translate_clientFailure_isNotRetryableAndPointsAtTheNetwork() {
    CloudException e =
        AwsErrors.translate(CALL, SdkClientException.create("Unable to execute HTTP request"));

    assertThat(e.errorCode()).isEqualTo("ClientError");
    assertThat(e.statusCode()).isZero();
    assertThat(e.retryable()).isFalse();
    assertThat(e).hasMessageContaining("Check the network connection");
  }

  @Test
  void call_passesResultsThroughAndLeavesOtherExceptionsAlone() {
    assertThat(AwsErrors.call(CALL, () -> "ok")).isEqualTo("ok");
    IllegalStateException bug = new IllegalStateException("bug");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                AwsErrors.run(
                    CALL,
                    () -> {
                      throw bug;
                    }))
        .isSameAs(bug);
  }

  private static AwsServiceException error(int status, String code, String message) {
    return AwsServiceException.builder()
        .statusCode(status)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
        .build();
  }
}
