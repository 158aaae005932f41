package io.hyperpod.prereqs.simulator.internal.quotas;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One page of a Service Quotas list and the token of the next one. Tokens are opaque to callers;
 * here they carry the offset of the next item.
 *
 * @param <T> the item type
 */
public record OffsetPage<T>(List<T> items, Optional<String> nextToken) {
  /** The largest {@code MaxResults} Service Quotas accepts, and the page size without one. */
  public static final int MAX_RESULTS = 100;

  private static final String PREFIX = "sq-offset:";

  /**
   * The page of {@code all} that {@code maxResults} and {@code nextToken} ask for.
   *
   * @throws io.hyperpod.prereqs.spi.CloudException IllegalArgumentException for a MaxResults out
   *     of 1-100, InvalidPaginationTokenException for a token this list did not hand out
   */
  static <T> OffsetPage<T> of(List<T> all, Integer maxResults, String nextToken) {
    int size = maxResults == null ? MAX_RESULTS : maxResults;
    if (size < 1 || size > MAX_RESULTS) {
      throw AwsError.QUOTAS_ILLEGAL_ARGUMENT.exception(
          "MaxResults " + maxResults + " is out of range; it must be between 1 and " + MAX_RESULTS
              + ".");
    }
    int from = nextToken == null ? 0 : offset(nextToken, all.size());
    int to = Math.min(all.size(), from + size);
    Optional<String> next = to < all.size() ? Optional.of(token(to)) : Optional.empty();
    return new OffsetPage<>(List.copyOf(all.subList(from, to)), next);
  }

  private static String token(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String token, int size) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        int offset = Integer.parseInt(text.substring(PREFIX.length()));
        if (offset >= 0 && offset <= size) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw AwsError.QUOTAS_INVALID_PAGINATION_TOKEN.exception(
        "Invalid pagination token",
        "'" + token + "' was not returned by this list");
  }
}
