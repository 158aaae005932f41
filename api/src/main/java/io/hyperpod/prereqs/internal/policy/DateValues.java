package io.hyperpod.prereqs.internal.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the date forms IAM accepts: ISO-8601 ({@code 2025-01-31T12:00:00Z}, with an offset,
 * with fractions, without a zone meaning UTC, or a bare date at midnight UTC) and epoch seconds.
 */
final class DateValues {
  private DateValues() {}

  static Optional<Instant> parse(String text) {
    String value = text.trim();
    if (value.matches("-?\\d+(\\.\\d+)?")) {
      BigDecimal seconds = new BigDecimal(value);
      return Optional.of(
          Instant.ofEpochSecond(
              seconds.longValue(),
              seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue()));
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      // try the forms without a zone below
    }
    try {
      return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // try a bare date below
    }
    try {
      return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
