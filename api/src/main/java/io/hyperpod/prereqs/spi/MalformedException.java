package io.hyperpod.prereqs.spi;

/** A {@link CloudException}: the request is invalid (MalformedPolicyDocument, ValidationError, InvalidBucketName, ...). */
public class MalformedException extends CloudException {
  private static final long serialVersionUID = 1L;

  public MalformedException(String service, String errorCode, int statusCode, String message) {
    super(service, errorCode, statusCode, message);
  }

  public MalformedException(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    super(service, errorCode, statusCode, message, requestId, cause);
  }
}
