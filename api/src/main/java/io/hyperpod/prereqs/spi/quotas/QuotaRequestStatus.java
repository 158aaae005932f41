package io.hyperpod.prereqs.spi.quotas;

/**
 * The status of a quota increase request (Service Quotas {@code RequestStatus}). Only {@link
 * #APPROVED} means that the quota changed.
 */
public enum QuotaRequestStatus {
  /** Under review. */
  PENDING,
  /** AWS Support opened a case for it; the case id is known. */
  CASE_OPENED,
  /** Approved: the quota's applied value is the desired value. */
  APPROVED,
  /** Cannot be approved; contact AWS Support. */
  DENIED,
  /** The support case was closed; the outcome is in the case correspondence. */
  CASE_CLOSED,
  /** Not approved. */
  NOT_APPROVED,
  /** The request named an invalid resource ({@code ContextId}). */
  INVALID_REQUEST;

  /**
   * {@return whether the request is still being decided: Service Quotas refuses a second one
   * meanwhile}
   */
  public boolean open() {
    return this == PENDING || this == CASE_OPENED;
  }

  /**
   * {@return whether it ended without the quota changing (everything closed but {@link #APPROVED})}
   */
  public boolean refused() {
    return !open() && this != APPROVED;
  }
}
