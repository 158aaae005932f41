/** The port to AWS KMS: customer managed keys for instance groups' EBS volumes. */
package io.hyperpod.prereqs.spi.kms;
