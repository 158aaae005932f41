package io.hyperpod.prereqs.internal.policy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address block in CIDR notation ({@code 203.0.113.0/24},
 * {@code 2001:db8::/32}); a bare address is a block of one. Parsing never looks a name up: only
 * numeric literals are accepted.
 */
record IpCidr(byte[] network, int prefix) {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** Parses {@code address[/prefix]}; empty when it is not a valid IPv4 or IPv6 block. */
  static Optional<IpCidr> parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    Optional<byte[]> bytes = address(address);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    int bits = bytes.get().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(trimmed.substring(slash + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (prefix < 0 || prefix > bits) {
        return Optional.empty();
      }
    }
    return Optional.of(new IpCidr(bytes.get(), prefix));
  }

  /** Whether {@code ip} (a bare address) lies in this block; false for the other family. */
  boolean contains(String ip) {
    Optional<byte[]> candidate = address(ip.trim());
    if (candidate.isEmpty() || candidate.get().length != network.length) {
      return false;
    }
    byte[] value = candidate.get();
    int whole = prefix / 8;
    for (int i = 0; i < whole; i++) {
      if (value[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return rest == 0 || (value[whole] & mask) == (network[whole] & mask);
  }

  private static Optional<byte[]> address(String text) {
    if (IPV4.matcher(text).matches()) {
      String[] parts = text.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(parts[i]);
        if (octet > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) octet;
      }
      return Optional.of(bytes);
    }
    if (IPV6.matcher(text).matches()) {
      try {
        // A literal containing ':' is parsed as IPv6 without any name lookup.
        byte[] bytes = InetAddress.getByName(text).getAddress();
        return bytes.length == 16 ? Optional.of(bytes) : Optional.empty();
      } catch (UnknownHostException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
