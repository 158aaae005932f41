package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The resolved configuration every SDK client of one backend is built from.
 *
 * @param region the backend's region (regional services; IAM uses its partition's global region)
 * @param endpointOverride one endpoint for every service, e.g. a local AWS-compatible server
 * @param credentials where the credentials come from
 * @param ownsCredentials whether the backend made {@code credentials} and so must close it
 * @param httpClient the caller's HTTP client (not closed by the backend); empty: the backend makes
 *     and closes one Apache HTTP client shared by all its SDK clients
 * @param maxAttempts SDK attempts per call, the first included
 * @param backoff the wait before retrying a transient failure; empty: the SDK's standard
 * @param throttlingBackoff the wait before retrying a throttled call; empty: the SDK's standard
 */
public record AwsSettings(
    Region region,
    Optional<URI> endpointOverride,
    AwsCredentialsProvider credentials,
    boolean ownsCredentials,
    Optional<SdkHttpClient> httpClient,
    int maxAttempts,
    Optional<BackoffStrategy> backoff,
    Optional<BackoffStrategy> throttlingBackoff) {
  public AwsSettings {
    requireNonNull(region, "region is null");
    requireNonNull(endpointOverride, "endpointOverride is null");
    requireNonNull(credentials, "credentials is null");
    requireNonNull(httpClient, "httpClient is null");
    requireNonNull(backoff, "backoff is null");
    requireNonNull(throttlingBackoff, "throttlingBackoff is null");
  }
}
