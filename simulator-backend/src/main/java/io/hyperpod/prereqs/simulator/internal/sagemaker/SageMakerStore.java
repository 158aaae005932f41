package io.hyperpod.prereqs.simulator.internal.sagemaker;

/** The SageMaker state of one account in one region (serialised with the simulator's state). */
public final class SageMakerStore {}
