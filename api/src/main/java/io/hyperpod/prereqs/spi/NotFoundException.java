package io.hyperpod.prereqs.spi;

/** A {@link CloudException}: the resource does not exist (NoSuchEntity, NoSuchBucket, InvalidVpcID.NotFound, ...). */
public class NotFoundException extends CloudException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String service, String errorCode, int statusCode, String message) {
    super(service, errorCode, statusCode, message);
  }

  public NotFoundException(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    super(service, errorCode, statusCode, message, requestId, cause);
  }
}
