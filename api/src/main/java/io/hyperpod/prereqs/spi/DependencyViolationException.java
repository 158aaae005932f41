package io.hyperpod.prereqs.spi;

/** A {@link CloudException}: something still uses the resource (DeleteConflict, DependencyViolation, BucketNotEmpty, ...). */
public class DependencyViolationException extends CloudException {
  private static final long serialVersionUID = 1L;

  public DependencyViolationException(String service, String errorCode, int statusCode, String message) {
    super(service, errorCode, statusCode, message);
  }

  public DependencyViolationException(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    super(service, errorCode, statusCode, message, requestId, cause);
  }
}
