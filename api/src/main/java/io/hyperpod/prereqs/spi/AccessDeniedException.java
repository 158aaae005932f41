package io.hyperpod.prereqs.spi;

/** A {@link CloudException}: the caller is not allowed (AccessDenied, UnauthorizedOperation, ...). */
public class AccessDeniedException extends CloudException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String service, String errorCode, int statusCode, String message) {
    super(service, errorCode, statusCode, message);
  }

  public AccessDeniedException(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    super(service, errorCode, statusCode, message, requestId, cause);
  }
}
