package io.hyperpod.prereqs.spi.quotas;

/** Service Quotas for SageMaker cluster usage. */
public interface QuotasPort {}
