package io.hyperpod.prereqs.spi.account;

/** The account and region a backend talks to (STS). */
public interface AccountPort {
  /**
   * GetCallerIdentity.
   *
   * @return who the credentials are: account, ARN and unique id
   * @throws io.hyperpod.prereqs.spi.AccessDeniedException when the credentials are refused
   */
  CallerIdentity callerIdentity();

  /** {@return the region every regional port of this backend works in} */
  String region();
}
