package io.hyperpod.prereqs.spi.ec2;

/** EC2: availability zones, VPCs, subnets, security groups, route tables and gateway endpoints. */
public interface Ec2Port {}
