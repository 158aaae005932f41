package io.hyperpod.prereqs.spi;

import io.hyperpod.prereqs.PrerequisitesException;
import java.util.Optional;

/**
 * The one exception family of the backend SPI. Every backend failure carries the AWS error code
 * (e.g. {@code EntityAlreadyExists}), the service, and the request id when there was one.
 * Subclasses group codes by what a caller does about them.
 */
public class CloudException extends PrerequisitesException {
  private static final long serialVersionUID = 1L;

  /** The SigV4 service name, e.g. {@code iam}. */
  private final String service;
  /** AWS's error code, e.g. {@code NoSuchEntity}. */
  private final String errorCode;
  /** The HTTP status of the answer. */
  private final int statusCode;
  /** The request id AWS answered with; {@code null} when there was none. */
  private final String requestId;

  /**
   * An exception for an AWS error answer: a failure of a backend call.
   *
   * @param service the SigV4 service name, e.g. {@code iam}
   * @param errorCode AWS's error code, e.g. {@code NoSuchEntity}
   * @param statusCode the HTTP status of the answer, e.g. 404
   * @param message AWS's error message
   */
  public CloudException(String service, String errorCode, int statusCode, String message) {
    this(service, errorCode, statusCode, message, null, null);
  }

  /**
   * An exception for an AWS error answer: a failure of a backend call, with the request id and cause.
   *
   * @param service the SigV4 service name, e.g. {@code iam}
   * @param errorCode AWS's error code, e.g. {@code NoSuchEntity}
   * @param statusCode the HTTP status of the answer, e.g. 404
   * @param message AWS's error message
   * @param requestId the request id AWS answered with, or {@code null}
   * @param cause the SDK's or transport's exception, or {@code null}
   */
  public CloudException(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    super(message, cause);
    this.service = service;
    this.errorCode = errorCode;
    this.statusCode = statusCode;
    this.requestId = requestId;
  }

  /**
   * The AWS service name as in the SigV4 scope: {@code iam}, {@code s3}, {@code ec2}, ...
   *
   * @return the service name
   */
  public String service() {
    return service;
  }

  /** {@return AWS's error code, e.g. {@code NoSuchEntity}} */
  public String errorCode() {
    return errorCode;
  }

  /** {@return the HTTP status AWS answers this error with} */
  public int statusCode() {
    return statusCode;
  }

  /**
   * {@return the request id AWS answered with ({@code x-amzn-RequestId}); empty when the call got no
   * answer}
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** {@return whether trying the same call again later may succeed} */
  public boolean retryable() {
    return statusCode >= 500;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + service + " " + errorCode + "]: " + getMessage();
  }
}
