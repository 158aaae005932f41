package io.hyperpod.prereqs.spi;

/** A {@link CloudException}: AWS throttled the call (Throttling, RequestLimitExceeded, ...). */
public class ThrottledException extends CloudException {
  private static final long serialVersionUID = 1L;

  public ThrottledException(String service, String errorCode, int statusCode, String message) {
    super(service, errorCode, statusCode, message);
  }

  public ThrottledException(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    super(service, errorCode, statusCode, message, requestId, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
