package io.hyperpod.prereqs.aws.internal;

import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ErrorKind;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The one place where AWS SDK failures become the SPI's {@link CloudException}s: the SPI's {@link
 * ErrorKind} table picks the exception subclass of the AWS error code, keeping the code, the HTTP
 * status and the request id, and a message that names the call, the resource and what to do.
 */
public final class AwsErrors {
  private AwsErrors() {}

  /** Runs {@code body} (SDK calls, paginators included) and translates what it throws. */
  public static <T> T call(AwsCall call, Supplier<T> body) {
    try {
      return RetryPolicy.during(call, body);
    } catch (AwsServiceException e) {
      throw translate(call, e);
    } catch (SdkClientException e) {
      throw translate(call, e);
    }
  }

  /** {@link #call} for calls without a result. */
  public static void run(AwsCall call, Runnable body) {
    call(
        call,
        () -> {
          body.run();
          return null;
        });
  }

  /** The result of {@code call}, or empty when AWS answered with {@code errorCode}. */
  public static <T> Optional<T> absentOn(String errorCode, Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (CloudException e) {
      if (errorCode.equals(e.errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The SPI exception for an error AWS answered with. */
  public static CloudException translate(AwsCall call, AwsServiceException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    int status = e.statusCode();
    String code = details == null ? null : details.errorCode();
    if (code == null || code.isBlank()) {
      code = codeForStatus(status);
    }
    ErrorKind kind = ErrorKind.of(code, status);
    String awsMessage = details == null ? null : details.errorMessage();
    StringBuilder message =
        new StringBuilder(call.describe()).append(" failed: ").append(code).append(": ");
    message.append(awsMessage == null || awsMessage.isBlank() ? "HTTP " + status : awsMessage);
    appendHint(message, kind, call, status);
    if (e.requestId() != null) {
      message.append(" (request id ").append(e.requestId()).append(')');
    }
    return kind.create(call.service(), code, status, message.toString(), e.requestId(), e);
  }

  /**
   * The SPI exception for an error AWS reported inside a successful answer (EC2's {@code
   * unsuccessful} items of a batch call), with the HTTP status such an error has on its own.
   */
  public static CloudException translate(AwsCall call, String code, int status, String awsMessage) {
    ErrorKind kind = ErrorKind.of(code, status);
    StringBuilder message =
        new StringBuilder(call.describe()).append(" failed: ").append(code).append(": ");
    message.append(awsMessage == null || awsMessage.isBlank() ? "HTTP " + status : awsMessage);
    appendHint(message, kind, call, status);
    return kind.create(call.service(), code, status, message.toString(), null, null);
  }

  /** The SPI exception for a call that failed before AWS answered (network, credentials). */
  public static CloudException translate(AwsCall call, SdkClientException e) {
    String detail = String.valueOf(e.getMessage());
    boolean credentials =
        detail.contains("credentials") || detail.contains("profile") || detail.contains("Profile");
    String hint =
        credentials
            ? " Configure credentials: --profile, AWS_PROFILE, or AWS_ACCESS_KEY_ID with"
                + " AWS_SECRET_ACCESS_KEY (run `aws sso login` first for an SSO profile)."
            : " Check the network connection and the endpoint (--endpoint-url).";
    return new CloudException(
        call.service(),
        credentials ? "CredentialsNotFound" : "ClientError",
        0,
        call.describe() + " failed before AWS answered: " + detail + hint,
        null,
        e);
  }

  private static String codeForStatus(int status) {
    switch (status) {
      case 403:
        return "Forbidden";
      case 404:
        return "NotFound";
      case 429:
        return "TooManyRequests";
      default:
        return "Http" + status;
    }
  }

  private static void appendHint(StringBuilder message, ErrorKind kind, AwsCall call, int status) {
    if (message.charAt(message.length() - 1) != '.') {
      message.append('.');
    }
    switch (kind) {
      case ACCESS_DENIED:
        message
            .append(" The caller lacks ")
            .append(call.action())
            .append(": grant ")
            .append(call.action())
            .append(" to the IAM identity that runs the tool (the `iam-policy-for-tool` command")
            .append(" prints a policy with every action the tool needs).");
        break;
      case BAD_CREDENTIALS:
        message.append(
            " AWS refused the credentials: check --profile or AWS_PROFILE, renew expired"
                + " session credentials (e.g. `aws sso login`), or replace the access key.");
        break;
      case THROTTLED:
        message.append(
            " AWS still throttled the call after the configured retries: try again later or"
                + " allow more attempts.");
        break;
      default:
        if (status >= 500) {
          message.append(
              " AWS failed internally after the configured retries: try again later.");
        }
    }
  }
}
