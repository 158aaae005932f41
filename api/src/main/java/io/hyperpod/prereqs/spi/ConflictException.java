package io.hyperpod.prereqs.spi;

/** A {@link CloudException}: the resource is in a state that does not allow the call (ResourceInUse, IncorrectState, ...). */
public class ConflictException extends CloudException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String service, String errorCode, int statusCode, String message) {
    super(service, errorCode, statusCode, message);
  }

  public ConflictException(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    super(service, errorCode, statusCode, message, requestId, cause);
  }
}
