package io.hyperpod.prereqs.aws;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.aws.internal.AwsAccountPort;
import io.hyperpod.prereqs.aws.internal.AwsClients;
import io.hyperpod.prereqs.aws.internal.AwsEc2Port;
import io.hyperpod.prereqs.aws.internal.AwsFsxPort;
import io.hyperpod.prereqs.aws.internal.AwsIamPort;
import io.hyperpod.prereqs.aws.internal.AwsKmsPort;
import io.hyperpod.prereqs.aws.internal.AwsQuotasPort;
import io.hyperpod.prereqs.aws.internal.AwsS3Port;
import io.hyperpod.prereqs.aws.internal.AwsSageMakerPort;
import io.hyperpod.prereqs.aws.internal.AwsSettings;
import io.hyperpod.prereqs.aws.internal.AwsSsmPort;
import io.hyperpod.prereqs.aws.internal.CallCounter;
import io.hyperpod.prereqs.aws.internal.ConsistencyRetry;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.s3.S3Port;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The backend SPI on the AWS SDK for Java v2: one port per service, every failure a {@link
 * io.hyperpod.prereqs.spi.CloudException}, no SDK type in what the ports return.
 *
 * <p>Configuration follows the AWS CLI: the default credential and region chains, or a named
 * profile, or explicit values; one endpoint override for every service (S3 then path-style), so
 * that the backend can talk to a local AWS-compatible server such as {@code
 * http://127.0.0.1:5000}. SDK clients are made on first use, once per backend, over one shared
 * Apache HTTP client (the SDK's default synchronous client: pooled keep-alive connections and
 * proper {@code Expect: 100-continue} handling on S3 uploads), and closed by {@link #close()}.
 * Retries use the SDK's standard strategy with its throttling-aware backoff. Every call is
 * counted, see {@link #callCounts()}.
 *
 * <pre>{@code
 * try (AwsBackend aws = AwsBackend.builder().region("us-west-2").profile("ml").build()) {
 *   CallerIdentity me = aws.account().callerIdentity();
 * }
 * }</pre>
 */
public final class AwsBackend implements CloudBackend, AutoCloseable {
  /** SDK attempts per call unless {@link Builder#maxAttempts} says otherwise. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  /** Reads a plan may have in flight at once unless {@link Builder#readConcurrency} says otherwise. */
  public static final int DEFAULT_READ_CONCURRENCY = 8;

  private final AwsSettings settings;
  private final CallCounter counter;
  private final AwsClients clients;
  private final AwsAccountPort account;
  private final AwsIamPort iam;
  private final AwsS3Port s3;
  private final AwsEc2Port ec2;
  private final AwsFsxPort fsx;
  private final AwsSsmPort ssm;
  private final AwsQuotasPort quotas;
  private final AwsSageMakerPort sageMaker;
  private final AwsKmsPort kms;
  private final int readConcurrency;

  private AwsBackend(AwsSettings settings, ConsistencyRetry consistency, int readConcurrency) {
    this.settings = settings;
    this.readConcurrency = readConcurrency;
    this.counter = new CallCounter();
    this.clients = new AwsClients(settings, counter);
    this.account = new AwsAccountPort(clients::sts, settings.region().id());
    this.iam = new AwsIamPort(clients::iam, consistency);
    this.s3 = new AwsS3Port(clients::s3, account);
    this.ec2 = new AwsEc2Port(clients.ec2());
    this.fsx = new AwsFsxPort(clients.fsx(), ec2);
    this.ssm = new AwsSsmPort(clients.ssm());
    this.quotas = new AwsQuotasPort(clients.quotas());
    this.sageMaker = new AwsSageMakerPort(clients.sageMaker());
    this.kms = new AwsKmsPort(clients.kms());
  }

  /**
   * Starts the configuration of an AWS backend; every setting has a default.
   *
   * @return a new builder with the defaults: the SDK's region and credential chains, AWS's own
   *     endpoints, {@value #DEFAULT_MAX_ATTEMPTS} attempts per call
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "aws";
  }

  @Override
  public AccountPort account() {
    return account;
  }

  @Override
  public IamPort iam() {
    return iam;
  }

  @Override
  public S3Port s3() {
    return s3;
  }

  @Override
  public Ec2Port ec2() {
    return ec2;
  }

  @Override
  public FsxPort fsx() {
    return fsx;
  }

  @Override
  public SsmPort ssm() {
    return ssm;
  }

  @Override
  public QuotasPort quotas() {
    return quotas;
  }

  @Override
  public SageMakerPort sageMaker() {
    return sageMaker;
  }

  @Override
  public KmsPort kms() {
    return kms;
  }

  /** Independent plan reads overlap, up to {@link Builder#readConcurrency} at once. */
  @Override
  public int readConcurrency() {
    return readConcurrency;
  }

  /**
   * The region the regional ports work in.
   *
   * @return the region id, e.g. {@code us-west-2}
   */
  public String region() {
    return settings.region().id();
  }

  /**
   * The endpoint every service is sent to instead of AWS's, if one was given.
   *
   * @return the endpoint override, e.g. {@code http://127.0.0.1:5000}, or empty when every service
   *     is sent to AWS's regional endpoint
   */
  public Optional<URI> endpointOverride() {
    return settings.endpointOverride();
  }

  /**
   * The AWS API calls made so far, per {@code service:Operation}.
   *
   * @return an immutable snapshot of the calls made since the backend was built or the counts were
   *     last reset
   */
  public CallCounts callCounts() {
    return counter.snapshot();
  }

  /** Starts counting calls from zero, e.g. before measuring one plan. */
  public void resetCallCounts() {
    counter.reset();
  }

  /**
   * The services (SigV4 names: iam, s3, ...) whose SDK client has been made so far.
   *
   * @return the SigV4 names of the services whose clients exist, e.g. {@code [iam, sts]}; empty
   *     before the first call
   */
  public Set<String> openedServices() {
    return clients.openedServices();
  }

  /**
   * Closes the SDK clients made so far, the HTTP client and the credentials provider this backend
   * made (not those the caller gave it). The ports fail afterwards.
   */
  @Override
  public void close() {
    clients.close();
  }

  /** Configures an {@link AwsBackend}; every setting is optional. */
  public static final class Builder {
    private String region;
    private String profile;
    private URI endpointOverride;
    private AwsCredentialsProvider credentialsProvider;
    private SdkHttpClient httpClient;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private BackoffStrategy backoff;
    private BackoffStrategy throttlingBackoff;
    private int consistencyAttempts = 8;
    private Duration consistencyFirstDelay = Duration.ofMillis(250);
    private Duration consistencyMaxDelay = Duration.ofSeconds(4);
    private Consumer<Duration> sleeper = ConsistencyRetry.threadSleeper();
    private int readConcurrency = DEFAULT_READ_CONCURRENCY;

    private Builder() {}

    /**
     * The region, e.g. {@code us-west-2}; default: the profile's, or the SDK's region chain.
     *
     * @param region the region id, e.g. {@code us-west-2}; {@code null} or blank for the default
     * @return this builder
     */
    public Builder region(String region) {
      this.region = blankToNull(region);
      return this;
    }

    /**
     * A named profile of {@code ~/.aws/config} for credentials and region (like --profile).
     *
     * @param profile the profile's name in {@code ~/.aws/config}; {@code null} or blank for the
     *     default chain
     * @return this builder
     */
    public Builder profile(String profile) {
      this.profile = blankToNull(profile);
      return this;
    }

    /**
     * One endpoint for every service instead of AWS's, e.g. {@code http://127.0.0.1:5000} for a
     * local AWS-compatible server. S3 then uses path-style addressing.
     *
     * @param endpointOverride an {@code http} or {@code https} URL with a host; {@code null} for
     *     AWS's own endpoints
     * @return this builder
     * @throws IllegalArgumentException when the URL is not http(s) or has no host
     */
    public Builder endpointOverride(URI endpointOverride) {
      if (endpointOverride != null
          && (endpointOverride.getHost() == null
              || !("http".equals(endpointOverride.getScheme())
                  || "https".equals(endpointOverride.getScheme())))) {
        throw new IllegalArgumentException(
            "endpoint override '"
                + endpointOverride
                + "' is not an http(s) URL with a host: use one such as http://127.0.0.1:5000");
      }
      this.endpointOverride = endpointOverride;
      return this;
    }

    /**
     * Credentials to use instead of the profile or the default chain; the caller closes it.
     *
     * @param credentialsProvider the credentials to sign with; {@code null} for the profile or the
     *     default chain
     * @return this builder
     */
    public Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
      this.credentialsProvider = credentialsProvider;
      return this;
    }

    /**
     * An HTTP client for every SDK client of this backend; the caller closes it.
     *
     * @param httpClient the synchronous HTTP client to share; {@code null} for an Apache client the
     *     backend makes and closes
     * @return this builder
     */
    public Builder httpClient(SdkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /**
     * SDK attempts per call, the first included (default {@value #DEFAULT_MAX_ATTEMPTS}).
     *
     * @param maxAttempts attempts per call, 1 or more; 1 means no retry
     * @return this builder
     * @throws IllegalArgumentException when {@code maxAttempts} is below 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException(
            "maxAttempts is " + maxAttempts + ": it must be 1 (no retry) or more");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Exponential backoff with jitter before retrying transient failures (5xx, I/O), from {@code
     * base} up to {@code max}; default the SDK's standard (100 ms to 20 s).
     *
     * @param base the delay before the first retry
     * @param max the longest delay between two attempts
     * @return this builder
     */
    public Builder retryBackoff(Duration base, Duration max) {
      this.backoff = BackoffStrategy.exponentialDelay(base, max);
      return this;
    }

    /**
     * Exponential backoff with jitter before retrying throttled calls, from {@code base} up to
     * {@code max}; default the SDK's standard (1 s to 20 s).
     *
     * @param base the delay before the first retry of a throttled call
     * @param max the longest delay between two attempts of a throttled call
     * @return this builder
     */
    public Builder throttlingBackoff(Duration base, Duration max) {
      this.throttlingBackoff = BackoffStrategy.exponentialDelay(base, max);
      return this;
    }

    /**
     * How long calls that depend on a just-created IAM entity are retried while IAM has not
     * caught up: {@code maxAttempts} in all, waiting {@code firstDelay}, doubling up to {@code
     * maxDelay} (default 8 attempts, 250 ms to 4 s).
     *
     * @param maxAttempts attempts in all, the first included
     * @param firstDelay the wait before the second attempt
     * @param maxDelay the longest wait between two attempts
     * @return this builder
     */
    public Builder iamConsistency(int maxAttempts, Duration firstDelay, Duration maxDelay) {
      this.consistencyAttempts = maxAttempts;
      this.consistencyFirstDelay = requireNonNull(firstDelay, "firstDelay is null");
      this.consistencyMaxDelay = requireNonNull(maxDelay, "maxDelay is null");
      return this;
    }

    /**
     * How many independent reads a plan may have in flight at once (default {@value
     * #DEFAULT_READ_CONCURRENCY}; 1 reads one after the other).
     *
     * @param readConcurrency the reads in flight at once, 1 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code readConcurrency} is below 1
     */
    public Builder readConcurrency(int readConcurrency) {
      if (readConcurrency < 1) {
        throw new IllegalArgumentException(
            "readConcurrency is " + readConcurrency + ": it must be 1 (one read at a time) or more");
      }
      this.readConcurrency = readConcurrency;
      return this;
    }

    /**
     * How the IAM consistency retries wait (default {@link Thread#sleep}); for tests.
     *
     * @param sleeper called with each wait instead of sleeping the thread
     * @return this builder
     */
    public Builder sleeper(Consumer<Duration> sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper is null");
      return this;
    }

    /**
     * Resolves the region and credentials source and returns the backend; no AWS call is made
     * until a port is used.
     *
     * @throws IllegalStateException when no region is configured anywhere
     * @return a new backend, which the caller closes
     */
    public AwsBackend build() {
      ConsistencyRetry consistency =
          new ConsistencyRetry(
              consistencyAttempts, consistencyFirstDelay, consistencyMaxDelay, sleeper);
      boolean ownsCredentials = credentialsProvider == null;
      AwsSettings settings =
          new AwsSettings(
              resolveRegion(),
              Optional.ofNullable(endpointOverride),
              ownsCredentials ? defaultCredentials() : credentialsProvider,
              ownsCredentials,
              Optional.ofNullable(httpClient),
              maxAttempts,
              Optional.ofNullable(backoff),
              Optional.ofNullable(throttlingBackoff));
      return new AwsBackend(settings, consistency, readConcurrency);
    }

    private Region resolveRegion() {
      if (region != null) {
        return Region.of(region);
      }
      try {
        DefaultAwsRegionProviderChain chain =
            profile == null
                ? new DefaultAwsRegionProviderChain()
                : DefaultAwsRegionProviderChain.builder().profileName(profile).build();
        return chain.getRegion();
      } catch (SdkClientException e) {
        throw new IllegalStateException(
            "No AWS region is configured"
                + (profile == null ? "" : " for profile '" + profile + "'")
                + ": pass --region, set AWS_REGION, or add `region = ...` to the profile in"
                + " ~/.aws/config",
            e);
      }
    }

    private AwsCredentialsProvider defaultCredentials() {
      return profile == null
          ? DefaultCredentialsProvider.builder().build()
          : ProfileCredentialsProvider.builder().profileName(profile).build();
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.trim();
    }
  }
}
