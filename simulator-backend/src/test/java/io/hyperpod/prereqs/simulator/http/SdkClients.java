package io.hyperpod.prereqs.simulator.http;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/** AWS SDK clients pointed at a {@link SimulatorServer}, without retries. */
final class SdkClients {
  static final Region REGION = Region.US_WEST_2;

  private SdkClients() {}

  static AwsCredentialsProvider credentials(String keyId, String secret) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret));
  }

  static AwsCredentialsProvider anyCredentials() {
    return credentials("AKIDTEST", "secret");
  }

  static IamClient iam(URI endpoint, AwsCredentialsProvider credentials) {
    return configure(IamClient.builder(), endpoint, REGION, credentials).build();
  }

  static StsClient sts(URI endpoint, AwsCredentialsProvider credentials) {
    return configure(StsClient.builder(), endpoint, REGION, credentials).build();
  }

  static Ec2Client ec2(URI endpoint) {
    return configure(Ec2Client.builder(), endpoint, REGION, anyCredentials()).build();
  }

  static FSxClient fsx(URI endpoint) {
    return configure(FSxClient.builder(), endpoint, REGION, anyCredentials()).build();
  }

  static SsmClient ssm(URI endpoint) {
    return ssm(endpoint, anyCredentials());
  }

  static SsmClient ssm(URI endpoint, AwsCredentialsProvider credentials) {
    return configure(SsmClient.builder(), endpoint, REGION, credentials).build();
  }

  static SageMakerClient sageMaker(URI endpoint, AwsCredentialsProvider credentials) {
    return configure(SageMakerClient.builder(), endpoint, REGION, credentials).build();
  }

  static ServiceQuotasClient quotas(URI endpoint) {
    return configure(ServiceQuotasClient.builder(), endpoint, REGION, anyCredentials()).build();
  }

  /** S3 with the SDK's defaults over http: aws-chunked, signed chunks, CRC32 trailers. */
  static S3Client s3(URI endpoint, Region region) {
    return configure(S3Client.builder(), endpoint, region, anyCredentials())
        .forcePathStyle(true)
        .build();
  }

  private static <B extends AwsClientBuilder<B, ?>> B configure(
      B builder, URI endpoint, Region region, AwsCredentialsProvider credentials) {
    return builder
        .endpointOverride(endpoint)
        .region(region)
        .credentialsProvider(credentials)
        .overrideConfiguration(noRetries());
  }

  private static ClientOverrideConfiguration noRetries() {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(AwsRetryStrategy.doNotRetry())
        .build();
  }
}
