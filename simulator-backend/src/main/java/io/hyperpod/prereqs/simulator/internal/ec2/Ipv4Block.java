package io.hyperpod.prereqs.simulator.internal.ec2;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An IPv4 CIDR block as EC2 checks it: {@code a.b.c.d/n}, host bits zero. */
record Ipv4Block(long network, int prefixLength) {
  private static final Pattern FORM =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

  /** The block, or empty when the text is not a block or has host bits set. */
  static Optional<Ipv4Block> parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    long address = 0;
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255) {
        return Optional.empty();
      }
      address = (address << 8) | octet;
    }
    int prefix = Integer.parseInt(m.group(5));
    if (prefix > 32 || (address & mask(prefix)) != address) {
      return Optional.empty();
    }
    return Optional.of(new Ipv4Block(address, prefix));
  }

  static Ipv4Block of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("not a block: " + text));
  }

  long size() {
    return 1L << (32 - prefixLength);
  }

  boolean contains(Ipv4Block other) {
    return other.prefixLength >= prefixLength && (other.network & mask(prefixLength)) == network;
  }

  boolean overlaps(Ipv4Block other) {
    return contains(other) || other.contains(this);
  }

  /** The {@code index}-th block of this prefix length inside this one. */
  Ipv4Block split(int newPrefix, int index) {
    return new Ipv4Block(network + (long) index * (1L << (32 - newPrefix)), newPrefix);
  }

  /** The address at this offset from the network address, dotted. */
  String address(long offset) {
    long a = network + offset;
    return (a >> 24 & 0xFF) + "." + (a >> 16 & 0xFF) + "." + (a >> 8 & 0xFF) + "." + (a & 0xFF);
  }

  /** The offset of a dotted address inside the block; -1 when it is not inside. */
  long offsetOf(String address) {
    Optional<Ipv4Block> host = parse(address + "/32");
    if (host.isEmpty() || !contains(host.get())) {
      return -1;
    }
    return host.get().network - network;
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
