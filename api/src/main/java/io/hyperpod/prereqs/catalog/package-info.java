/**
 * Facts about where and on what SageMaker HyperPod runs: {@link
 * io.hyperpod.prereqs.catalog.HyperPodCatalog} (regions, instance types).
 */
package io.hyperpod.prereqs.catalog;
