package io.hyperpod.prereqs.spi;

/** A {@link CloudException}: the resource exists already (EntityAlreadyExists, BucketAlreadyOwnedByYou, InvalidGroup.Duplicate, ...). */
public class AlreadyExistsException extends CloudException {
  private static final long serialVersionUID = 1L;

  public AlreadyExistsException(String service, String errorCode, int statusCode, String message) {
    super(service, errorCode, statusCode, message);
  }

  public AlreadyExistsException(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    super(service, errorCode, statusCode, message, requestId, cause);
  }
}
