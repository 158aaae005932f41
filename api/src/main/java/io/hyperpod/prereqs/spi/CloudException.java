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

  private final String service;
  private final String errorCode;
  private final int statusCode;
  private final String requestId;

  public CloudException(String service, String errorCode, int statusCode, String message) {
    this(service, errorCode, statusCode, message, null, null);
  }

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

  /** The AWS service name as in the SigV4 scope: {@code iam}, {@code s3}, {@code ec2}, ... */
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
