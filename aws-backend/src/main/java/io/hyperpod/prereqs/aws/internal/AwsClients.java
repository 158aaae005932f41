package io.hyperpod.prereqs.aws.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The SDK clients of one backend, each made on first use from the same {@link AwsSettings}: one
 * shared HTTP client, the standard retry strategy with throttling-aware backoff ({@link
 * RetryPolicy}: creates that are not safe to send twice retried only when throttled), the call counter,
 * and the endpoint override (S3 then path-style, with plain checksums and no aws-chunked bodies so
 * that any AWS-compatible server understands it). Closing closes what was made.
 */
public final class AwsClients implements AutoCloseable {
  private final AwsSettings settings;
  private final CallCounter counter;
  private final Lazy<SdkHttpClient> ownHttpClient;
  private final Map<String, Lazy<? extends AutoCloseable>> clients = new LinkedHashMap<>();
  private final Lazy<IamClient> iam;
  private final Lazy<StsClient> sts;
  private final Lazy<S3Client> s3;
  private final Lazy<Ec2Client> ec2;
  private final Lazy<FSxClient> fsx;
  private final Lazy<SsmClient> ssm;
  private final Lazy<ServiceQuotasClient> quotas;
  private final Lazy<SageMakerClient> sageMaker;
  private final Lazy<KmsClient> kms;

  public AwsClients(AwsSettings settings, CallCounter counter) {
    this.settings = settings;
    this.counter = counter;
    this.ownHttpClient = new Lazy<>(() -> ApacheHttpClient.builder().build());
    Region region = settings.region();
    this.iam = register("iam", () -> build(IamClient.builder(), "iam", iamRegion()));
    this.sts = register("sts", () -> build(StsClient.builder(), "sts", region));
    this.s3 = register("s3", () -> build(s3Builder(), "s3", region));
    this.ec2 = register("ec2", () -> build(Ec2Client.builder(), "ec2", region));
    this.fsx = register("fsx", () -> build(FSxClient.builder(), "fsx", region));
    this.ssm = register("ssm", () -> build(SsmClient.builder(), "ssm", region));
    this.quotas =
        register("servicequotas", () -> build(ServiceQuotasClient.builder(), "servicequotas", region));
    this.sageMaker =
        register("sagemaker", () -> build(SageMakerClient.builder(), "sagemaker", region));
    this.kms = register("kms", () -> build(KmsClient.builder(), "kms", region));
  }

  public IamClient iam() {
    return iam.get();
  }

  public StsClient sts() {
    return sts.get();
  }

  public S3Client s3() {
    return s3.get();
  }

  public Supplier<Ec2Client> ec2() {
    return ec2;
  }

  public Supplier<FSxClient> fsx() {
    return fsx;
  }

  public Supplier<SsmClient> ssm() {
    return ssm;
  }

  public Supplier<ServiceQuotasClient> quotas() {
    return quotas;
  }

  public Supplier<SageMakerClient> sageMaker() {
    return sageMaker;
  }

  public Supplier<KmsClient> kms() {
    return kms;
  }

  /** The services (SigV4 names) whose SDK client has been made so far. */
  public Set<String> openedServices() {
    Set<String> opened = new TreeSet<>();
    clients.forEach(
        (service, client) -> {
          if (((Lazy<?>) client).created()) {
            opened.add(service);
          }
        });
    return opened;
  }

  /**
   * IAM is global: its client uses the partition's global region ({@code aws-global}, ...) unless
   * an endpoint override points it elsewhere, where the backend's region signs the requests.
   */
  Region iamRegion() {
    if (settings.endpointOverride().isPresent()) {
      return settings.region();
    }
    String id = settings.region().id();
    if (id.startsWith("cn-")) {
      return Region.AWS_CN_GLOBAL;
    }
    if (id.startsWith("us-gov-")) {
      return Region.AWS_US_GOV_GLOBAL;
    }
    return Region.AWS_GLOBAL;
  }

  @Override
  public void close() {
    List<Exception> failures = new ArrayList<>();
    for (Lazy<? extends AutoCloseable> client : clients.values()) {
      closeQuietly(client, failures);
    }
    closeQuietly(ownHttpClient, failures);
    if (settings.ownsCredentials() && settings.credentials() instanceof SdkAutoCloseable) {
      closeQuietly((SdkAutoCloseable) settings.credentials(), failures);
    }
    if (!failures.isEmpty()) {
      IllegalStateException failure =
          new IllegalStateException("closing the AWS backend's SDK clients failed");
      failures.forEach(failure::addSuppressed);
      throw failure;
    }
  }

  private <T extends AutoCloseable> Lazy<T> register(String service, Supplier<T> factory) {
    Lazy<T> client = new Lazy<>(factory);
    clients.put(service, client);
    return client;
  }

  private S3ClientBuilder s3Builder() {
    S3ClientBuilder builder = S3Client.builder();
    if (settings.endpointOverride().isPresent()) {
      builder
          .forcePathStyle(true)
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
          .serviceConfiguration(configuration -> configuration.chunkedEncodingEnabled(false));
    } else {
      builder.crossRegionAccessEnabled(true);
    }
    return builder;
  }

  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
      B builder, String service, Region region) {
    builder
        .region(region)
        .credentialsProvider(settings.credentials())
        .httpClient(settings.httpClient().orElseGet(ownHttpClient))
        .overrideConfiguration(
            override ->
                override
                    .retryStrategy(retryStrategy())
                    .addExecutionInterceptor(counter.interceptor(service))
                    .applyMutation(o -> {
                      if (service.equals("sagemaker")) {
                        o.addExecutionInterceptor(new SageMakerMembersBeyondSdk());
                      }
                    }));
    settings.endpointOverride().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private StandardRetryStrategy retryStrategy() {
    StandardRetryStrategy.Builder builder = RetryPolicy.builder().maxAttempts(settings.maxAttempts());
    settings.backoff().ifPresent(builder::backoffStrategy);
    settings.throttlingBackoff().ifPresent(builder::throttlingBackoffStrategy);
    return builder.build();
  }

  private static void closeQuietly(AutoCloseable closeable, List<Exception> failures) {
    try {
      closeable.close();
    } catch (Exception e) {
      failures.add(e);
    }
  }
}
