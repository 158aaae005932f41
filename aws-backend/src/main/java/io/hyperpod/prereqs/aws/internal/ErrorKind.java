package io.hyperpod.prereqs.aws.internal;

import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;

/** The SPI exception subclass an AWS error code becomes, and how to construct it. */
enum ErrorKind {
  NOT_FOUND(NotFoundException::new),
  ALREADY_EXISTS(AlreadyExistsException::new),
  LIMIT_EXCEEDED(LimitExceededException::new),
  MALFORMED(MalformedException::new),
  DEPENDENCY_VIOLATION(DependencyViolationException::new),
  CONFLICT(ConflictException::new),
  ACCESS_DENIED(AccessDeniedException::new),
  /** The credentials themselves are refused (unknown key, expired token, bad signature). */
  BAD_CREDENTIALS(AccessDeniedException::new),
  THROTTLED(ThrottledException::new),
  OTHER(CloudException::new);

  /** The six-argument constructor every {@link CloudException} subclass has. */
  @FunctionalInterface
  interface Factory {
    CloudException create(
        String service,
        String errorCode,
        int statusCode,
        String message,
        String requestId,
        Throwable cause);
  }

  private final Factory factory;

  ErrorKind(Factory factory) {
    this.factory = factory;
  }

  CloudException create(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    return factory.create(service, errorCode, statusCode, message, requestId, cause);
  }
}
