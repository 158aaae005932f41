package io.hyperpod.prereqs.spi.sagemaker;

/** SageMaker HyperPod clusters. */
public interface SageMakerPort {}
