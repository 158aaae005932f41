package io.hyperpod.prereqs.spi.ssm;

/** SSM documents (Session Manager preferences). */
public interface SsmPort {}
