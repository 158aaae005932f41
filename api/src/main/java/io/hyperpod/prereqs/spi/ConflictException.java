package io.hyperpod.prereqs.spi;

/** A {@link CloudException}: the resource is in a state that does not allow the call (ResourceInUse, IncorrectState, ...). */
public class ConflictException extends CloudException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for an AWS error answer: the resource is in a state that does not allow the call.
   *
   * @param service the SigV4 service name, e.g. {@code iam}
   * @param errorCode AWS's error code, e.g. {@code NoSuchEntity}
   * @param statusCode the HTTP status of the answer, e.g. 404
   * @param message AWS's error message
   */
  public ConflictException(String service, String errorCode, int statusCode, String message) {
    super(service, errorCode, statusCode, message);
  }

  /**
   * An exception for an AWS error answer: the resource is in a state that does not allow the call, with the request id and cause.
   *
   * @param service the SigV4 service name, e.g. {@code iam}
   * @param errorCode AWS's error code, e.g. {@code NoSuchEntity}
   * @param statusCode the HTTP status of the answer, e.g. 404
   * @param message AWS's error message
   * @param requestId the request id AWS answered with, or {@code null}
   * @param cause the SDK's or transport's exception, or {@code null}
   */
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
