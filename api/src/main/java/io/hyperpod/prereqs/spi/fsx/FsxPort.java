package io.hyperpod.prereqs.spi.fsx;

/** FSx for Lustre file systems. */
public interface FsxPort {}
