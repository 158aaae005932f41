package io.hyperpod.prereqs.spi;

/** A {@link CloudException}: an account or resource limit was hit (LimitExceeded, TooManyBuckets, QuotaExceededException, ...). */
public class LimitExceededException extends CloudException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String service, String errorCode, int statusCode, String message) {
    super(service, errorCode, statusCode, message);
  }

  public LimitExceededException(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    super(service, errorCode, statusCode, message, requestId, cause);
  }
}
