package io.hyperpod.prereqs.internal.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An IPv4 CIDR block ({@code 10.0.0.0/16}) whose host bits are zero. */
record Ipv4Cidr(long network, int prefixLength) {
  private static final Pattern SYNTAX =
      Pattern.compile(
          "(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})/(0|[1-9]\\d?)");

  /**
   * Parses {@code a.b.c.d/n}; the exception message says what is wrong (for a block with host bits
   * set it names the block that was probably meant).
   */
  static Ipv4Cidr parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "is not an IPv4 CIDR block (four numbers 0-255 separated by dots, '/', a prefix length)");
    }
    long address = 0;
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255) {
        throw new IllegalArgumentException(
            "has " + octet + " as a part of the address; each part is 0-255");
      }
      address = (address << 8) | octet;
    }
    int prefix = Integer.parseInt(m.group(5));
    if (prefix > 32) {
      throw new IllegalArgumentException(
          "has prefix length /" + prefix + "; IPv4 allows /0 to /32");
    }
    long network = address & mask(prefix);
    if (network != address) {
      throw new IllegalArgumentException(
          "has host bits set: the block starting at that address would be "
              + new Ipv4Cidr(network, prefix));
    }
    return new Ipv4Cidr(network, prefix);
  }

  boolean contains(Ipv4Cidr other) {
    return other.prefixLength >= prefixLength && (other.network & mask(prefixLength)) == network;
  }

  boolean overlaps(Ipv4Cidr other) {
    return contains(other) || other.contains(this);
  }

  private static long mask(int prefix) {
    return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  @Override
  public String toString() {
    return (network >> 24 & 0xFF)
        + "."
        + (network >> 16 & 0xFF)
        + "."
        + (network >> 8 & 0xFF)
        + "."
        + (network & 0xFF)
        + "/"
        + prefixLength;
  }
}
