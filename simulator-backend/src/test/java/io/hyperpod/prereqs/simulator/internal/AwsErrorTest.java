package io.hyperpod.prereqs.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.ErrorKind;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import org.junit.jupiter.api.Test;

class AwsErrorTest {
  @Test
  void everyCode_isListedInTheSpisOneTable() {
    for (AwsError error : AwsError.values()) {
      assertThat(ErrorKind.listed(error.code()))
          .as(error + " (" + error.code() + ") in ErrorKind's table")
          .hasValue(error.kind());
    }
  }

  @Test
  void exception_iamCodes_haveAwsStatusesAndTypes() {
    assertError(AwsError.IAM_NO_SUCH_ENTITY, NotFoundException.class, 404);
    assertError(AwsError.IAM_ENTITY_ALREADY_EXISTS, AlreadyExistsException.class, 409);
    assertError(AwsError.IAM_LIMIT_EXCEEDED, LimitExceededException.class, 409);
    assertError(AwsError.IAM_MALFORMED_POLICY_DOCUMENT, MalformedException.class, 400);
    assertError(AwsError.IAM_DELETE_CONFLICT, DependencyViolationException.class, 409);
    assertError(AwsError.IAM_VALIDATION_ERROR, MalformedException.class, 400);
    assertError(AwsError.IAM_INVALID_INPUT, MalformedException.class, 400);
  }

  @Test
  void exception_s3Codes_haveAwsStatusesAndTypes() {
    assertError(AwsError.S3_NO_SUCH_BUCKET, NotFoundException.class, 404);
    assertError(AwsError.S3_BUCKET_ALREADY_EXISTS, AlreadyExistsException.class, 409);
    assertError(AwsError.S3_BUCKET_ALREADY_OWNED_BY_YOU, AlreadyExistsException.class, 409);
    assertError(AwsError.S3_BUCKET_NOT_EMPTY, DependencyViolationException.class, 409);
    assertError(AwsError.S3_INVALID_BUCKET_NAME, MalformedException.class, 400);
    assertError(AwsError.S3_ACCESS_DENIED, AccessDeniedException.class, 403);
    assertError(AwsError.S3_SLOW_DOWN, ThrottledException.class, 503);
  }

  @Test
  void find_serviceAndCode_givesTheEntryForTheHttpFront() {
    assertThat(AwsError.find("iam", "DeleteConflict")).hasValue(AwsError.IAM_DELETE_CONFLICT);
    assertThat(AwsError.find("s3", "DeleteConflict")).isEmpty();
  }

  @Test
  void exception_listedEc2Code_isItsKindDespiteStatus400() {
    assertThat(AwsError.exception("ec2", "InvalidVpcID.NotFound", 400, "m", null))
        .isInstanceOf(NotFoundException.class);
    assertThat(AwsError.exception("ec2", "DependencyViolation", 400, "m", null))
        .isInstanceOf(io.hyperpod.prereqs.spi.DependencyViolationException.class);
    assertThat(AwsError.exception("fsx", "FileSystemNotFound", 400, "m", null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void exception_unlistedCode_isJudgedByAwsNamingAlone() {
    assertThat(AwsError.exception("ec2", "InvalidInstanceID.Malformed", 400, "m", null))
        .isInstanceOf(MalformedException.class);
    assertThat(AwsError.exception("ec2", "InvalidInstanceID.NotFound", 400, "m", null))
        .isInstanceOf(NotFoundException.class);
    assertThat(AwsError.exception("ec2", "RequestLimitExceeded", 503, "m", null))
        .isInstanceOf(ThrottledException.class);
    assertThat(AwsError.exception("x", "SlowDownPlease", 429, "m", null))
        .isInstanceOf(ThrottledException.class);
    assertThat(AwsError.exception("ec2", "Gone", 404, "m", null))
        .isExactlyInstanceOf(CloudException.class);
    assertThat(AwsError.exception("x", "InUse", 409, "m", null))
        .isExactlyInstanceOf(CloudException.class);
    assertThat(AwsError.exception("x", "Boom", 500, "m", null))
        .isExactlyInstanceOf(CloudException.class);
  }

  @Test
  void throttlingFor_eachService_isItsOwnCode() {
    assertThat(AwsError.throttlingFor("iam").code()).isEqualTo("Throttling");
    assertThat(AwsError.throttlingFor("s3").code()).isEqualTo("SlowDown");
  }

  @Test
  void withRequestId_error_keepsTypeCodeAndMessage() {
    CloudException original = AwsError.IAM_DELETE_CONFLICT.exception("busy");

    CloudException withId = AwsError.withRequestId(original, "req-1");

    assertThat(withId).isExactlyInstanceOf(DependencyViolationException.class).hasMessage("busy");
    assertThat(withId.requestId()).hasValue("req-1");
    assertThat(withId.errorCode()).isEqualTo("DeleteConflict");
  }

  private static void assertError(
      AwsError error, Class<? extends CloudException> type, int status) {
    CloudException e = error.exception("message");
    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(error.code());
    assertThat(e.service()).isEqualTo(error.service());
  }
}
