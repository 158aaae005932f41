package io.hyperpod.prereqs.spi.account;

/** The account and region a backend talks to (STS). */
public interface AccountPort {
  CallerIdentity callerIdentity();

  /** {@return the region every regional port of this backend works in} */
  String region();
}
