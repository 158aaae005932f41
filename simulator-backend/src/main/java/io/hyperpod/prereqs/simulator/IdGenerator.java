package io.hyperpod.prereqs.simulator;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * AWS-like identifiers drawn from a seed: the same seed and the same sequence of calls give the
 * same ids. Resource ids and request ids come from two separate streams, so reads (which only draw
 * request ids) never shift the ids of resources created later. Thread-safe.
 */
public final class IdGenerator {
  private static final String UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String HEX = "0123456789abcdef";
  private static final String BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long RESOURCE_STREAM = 0x5DEECE66DL;
  private static final long REQUEST_STREAM = 0x2545F4914F6CDD1DL;
  private static final long FRACTION_STREAM = 0x27BB2EE687B0B0FDL;

  private final long seed;
  private final AtomicLong position;
  private final AtomicLong requestPosition;
  private final AtomicLong fractionPosition;

  private IdGenerator(long seed, long position, long requestPosition, long fractionPosition) {
    this.seed = seed;
    this.position = new AtomicLong(position);
    this.requestPosition = new AtomicLong(requestPosition);
    this.fractionPosition = new AtomicLong(fractionPosition);
  }

  /**
   * A generator whose ids follow from the seed alone: two generators of one seed hand out the same
   * ids in the same order.
   *
   * @param seed any value; {@link AwsSimulator#DEFAULT_SEED} is the simulator's default
   * @return a new generator at the start of its streams
   */
  public static IdGenerator seeded(long seed) {
    return new IdGenerator(seed, 0, 0, 0);
  }

  /**
   * A generator that continues where a saved one stopped.
   *
   * @param seed the saved generator's {@link #seed()}
   * @param position its {@link #position()}
   * @param requestPosition its {@link #requestPosition()}
   * @param fractionPosition its {@link #fractionPosition()}
   * @return a generator whose next ids are those the saved one would have handed out next
   */
  public static IdGenerator restore(
      long seed, long position, long requestPosition, long fractionPosition) {
    return new IdGenerator(seed, position, requestPosition, fractionPosition);
  }

  /** {@return the seed the ids follow from} */
  public long seed() {
    return seed;
  }

  /** Starts every stream again from the beginning (a {@link AwsSimulator#reset()}). */
  void restart() {
    position.set(0);
    requestPosition.set(0);
    fractionPosition.set(0);
  }

  /** {@return how many values the resource-id stream has handed out} */
  public long position() {
    return position.get();
  }

  /** {@return how many request ids have been handed out} */
  public long requestPosition() {
    return requestPosition.get();
  }

  /** {@return how many fractions (fault draws) have been handed out} */
  public long fractionPosition() {
    return fractionPosition.get();
  }

  /**
   * An IAM unique id: the prefix ({@code AIDA} user, {@code AROA} role, {@code ANPA} managed
   * policy) and 17 uppercase letters and digits.
   *
   * @param prefix {@code AIDA}, {@code AROA}, {@code ANPA} or another IAM id prefix
   * @return the prefix and 17 characters of {@code A-Z0-9}, e.g. {@code AROAQ3EGAZ5UEXAMPLE7}
   */
  public String iamUniqueId(String prefix) {
    return prefix + draw(UPPER_ALPHANUMERIC, 17);
  }

  /**
   * A prefix and 17 lowercase hex digits, e.g. {@code hexId("vpc-")} gives {@code vpc-0a1b...}.
   *
   * @param prefix the id's prefix with its dash, e.g. {@code vpc-} or {@code sg-}
   * @return the prefix and 17 hex digits
   */
  public String hexId(String prefix) {
    return hexId(prefix, 17);
  }

  /**
   * A prefix and {@code length} lowercase hex digits.
   *
   * @param prefix the id's prefix, e.g. {@code fs-}
   * @param length the number of hex digits after it
   * @return the prefix and {@code length} digits of {@code 0-9a-f}
   */
  public String hexId(String prefix, int length) {
    return prefix + draw(HEX, length);
  }

  /**
   * {@code length} uppercase letters and digits.
   *
   * @param length the number of characters
   * @return {@code length} characters of {@code A-Z0-9}
   */
  public String alphanumeric(int length) {
    return draw(UPPER_ALPHANUMERIC, length);
  }

  /**
   * {@code length} base64 characters: secret access keys, session tokens.
   *
   * @param length the number of characters
   * @return {@code length} characters of {@code A-Za-z0-9+/}
   */
  public String secret(int length) {
    return draw(BASE64, length);
  }

  /** {@return a request id in UUID form, as AWS's {@code x-amzn-RequestId}} */
  public String requestId() {
    long n = requestPosition.getAndAdd(2);
    long high = mix(REQUEST_STREAM, n);
    long low = mix(REQUEST_STREAM, n + 1);
    high = (high & ~0xF000L) | 0x4000L; // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(high, low).toString();
  }

  /** {@return a number in [0, 1), from its own stream (used for fault probabilities)} */
  public double nextFraction() {
    return (mix(FRACTION_STREAM, fractionPosition.getAndIncrement()) >>> 11) * 0x1.0p-53;
  }

  private String draw(String alphabet, int length) {
    if (length < 1) {
      throw new IllegalArgumentException("id length " + length + " must be at least 1");
    }
    long start = position.getAndAdd(length);
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      long value = mix(RESOURCE_STREAM, start + i);
      id.append(alphabet.charAt((int) Long.remainderUnsigned(value, alphabet.length())));
    }
    return id.toString();
  }

  /** SplitMix64: the n-th value of a sequence whose start depends on the seed and the stream. */
  private long mix(long stream, long n) {
    long start = finish(finish(seed ^ stream) + stream);
    return finish(start + (n + 1) * GOLDEN);
  }

  private static long finish(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
