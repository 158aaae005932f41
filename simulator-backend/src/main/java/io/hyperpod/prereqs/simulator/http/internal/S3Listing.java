package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.s3.ObjectRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * One page of ListObjectsV2 or ListObjects: keys in UTF-8 byte order after a start point, those
 * sharing a prefix up to the delimiter rolled into one common prefix, at most {@code maxKeys}
 * entries (keys plus common prefixes).
 */
final class S3Listing {
  static final int DEFAULT_MAX_KEYS = 1000;

  final List<ObjectRecord> contents = new ArrayList<>();
  final List<String> commonPrefixes = new ArrayList<>();
  /** The last key or common prefix returned, when the listing was cut short. */
  String last;

  private boolean lastIsPrefix;

  boolean truncated() {
    return last != null;
  }

  /**
   * @param objects the bucket's objects under {@code prefix}, in UTF-8 byte order
   * @param after list only what sorts after this key (exclusive); null for the start
   * @param skipPrefix skip keys under this common prefix (a previous page ended with it); or null
   */
  static S3Listing of(
      List<ObjectRecord> objects,
      String prefix,
      String delimiter,
      String after,
      String skipPrefix,
      int maxKeys) {
    S3Listing listing = new S3Listing();
    String p = prefix == null ? "" : prefix;
    int entries = 0;
    String lastEntry = null;
    boolean lastWasPrefix = false;
    for (ObjectRecord object : objects) {
      String key = object.key();
      if (after != null && compare(key, after) <= 0) {
        continue;
      }
      if (skipPrefix != null && key.startsWith(skipPrefix)) {
        continue;
      }
      String common = null;
      if (delimiter != null && !delimiter.isEmpty()) {
        int at = key.indexOf(delimiter, p.length());
        if (at >= 0) {
          common = key.substring(0, at + delimiter.length());
        }
      }
      if (common != null
          && (common.equals(lastEntry) || (after != null && compare(common, after) <= 0))) {
        continue;
      }
      if (entries == maxKeys) {
        listing.last = lastEntry;
        listing.lastIsPrefix = lastWasPrefix;
        return listing;
      }
      lastWasPrefix = common != null;
      if (lastWasPrefix) {
        listing.commonPrefixes.add(common);
        lastEntry = common;
      } else {
        listing.contents.add(object);
        lastEntry = key;
      }
      entries++;
    }
    return listing;
  }

  /** The continuation token that resumes after {@link #last}. */
  String continuationToken() {
    String token = (lastIsPrefix ? "p" : "k") + last;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }

  /** A token read back: [after, skipPrefix]. */
  static String[] readToken(String token) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      text = "";
    }
    if (text.isEmpty() || (text.charAt(0) != 'p' && text.charAt(0) != 'k')) {
      throw S3RestService.invalidArgument(
          "The continuation token provided is incorrect",
          "continuation-token",
          token,
          false,
          "the continuation token '"
              + token
              + "' is not one the simulator gave; pass the NextContinuationToken of the previous"
              + " page");
    }
    String value = text.substring(1);
    return text.charAt(0) == 'p' ? new String[] {value, value} : new String[] {value, null};
  }

  /** S3's key order: UTF-8 bytes, unsigned. */
  static int compare(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
