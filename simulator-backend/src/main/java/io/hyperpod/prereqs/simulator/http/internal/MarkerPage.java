package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.spi.CloudException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One page of a listing with an opaque continuation marker (IAM's {@code Marker}, the JSON
 * services' {@code NextToken}). Items are ordered by a key; the marker names the key of the next
 * page's first item, so items deleted between pages do not shift the pages.
 */
public final class MarkerPage<T> {
  private final List<T> items;
  private final String nextMarker;

  private MarkerPage(List<T> items, String nextMarker) {
    this.items = items;
    this.nextMarker = nextMarker;
  }

  /**
   * @param marker the previous page's marker, or null for the first page
   * @param max the page size asked for, or null for {@code defaultMax}
   * @param badMarker the service's error for a marker it did not hand out
   */
  public static <T> MarkerPage<T> of(
      List<T> all,
      Function<T, String> key,
      String marker,
      Integer max,
      int defaultMax,
      Supplier<CloudException> badMarker) {
    List<T> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(key));
    int start = 0;
    if (marker != null && !marker.isEmpty()) {
      String from = decode(marker, badMarker);
      while (start < sorted.size() && key.apply(sorted.get(start)).compareTo(from) < 0) {
        start++;
      }
    }
    int size = max == null ? defaultMax : max;
    int end = (int) Math.min((long) start + size, sorted.size());
    String next = end < sorted.size() ? encode(key.apply(sorted.get(end))) : null;
    return new MarkerPage<>(List.copyOf(sorted.subList(start, end)), next);
  }

  public List<T> items() {
    return items;
  }

  public boolean truncated() {
    return nextMarker != null;
  }

  /** The marker of the next page; null on the last page. */
  public String nextMarker() {
    return nextMarker;
  }

  /** IAM's {@code <IsTruncated>} and, when truncated, {@code <Marker>}. */
  public void writeIamMarker(Xml xml) {
    xml.element("IsTruncated", truncated()).element("Marker", nextMarker);
  }

  private static String encode(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String marker, Supplier<CloudException> badMarker) {
    try {
      return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw badMarker.get();
    }
  }
}
