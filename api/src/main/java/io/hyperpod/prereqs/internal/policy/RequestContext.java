package io.hyperpod.prereqs.internal.policy;

import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.ContextKeys;
import io.hyperpod.prereqs.policy.PrincipalType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The request context of one evaluation: the request's explicit keys plus the keys AWS derives
 * from the principal and the resource. Keys are looked up case-insensitively.
 */
final class RequestContext {
  private final AuthorizationRequest request;
  private final Map<String, List<String>> values = new HashMap<>();

  RequestContext(AuthorizationRequest request) {
    this.request = request;
    PrincipalType type = request.principalType();
    if (type == PrincipalType.SERVICE) {
      put("aws:PrincipalServiceName", request.principalArn());
      put("aws:PrincipalIsAWSService", "true");
      put(ContextKeys.PRINCIPAL_TYPE, "AWSService");
    } else {
      put(ContextKeys.PRINCIPAL_ARN, request.principalArn());
      put("aws:PrincipalIsAWSService", "false");
      put(ContextKeys.PRINCIPAL_TYPE, type == PrincipalType.USER ? "User" : "AssumedRole");
      if (type == PrincipalType.USER) {
        String arn = request.principalArn();
        put(ContextKeys.USERNAME, arn.substring(arn.lastIndexOf('/') + 1));
      }
    }
    request.principalAccount().ifPresent(a -> put(ContextKeys.PRINCIPAL_ACCOUNT, a));
    request
        .resourceAccount()
        .or(request::principalAccount)
        .ifPresent(a -> put(ContextKeys.RESOURCE_ACCOUNT, a));
    request.principalTags().forEach((k, v) -> put(ContextKeys.PRINCIPAL_TAG_PREFIX + k, v));
    request.context().forEach((k, v) -> values.put(normalize(k), List.copyOf(v)));
  }

  AuthorizationRequest request() {
    return request;
  }

  /** The values of {@code key}; empty when the key is absent (or has no values). */
  List<String> values(String key) {
    return values.getOrDefault(normalize(key), List.of());
  }

  /** The single value of {@code key}, for a policy variable; empty if absent or multivalued. */
  Optional<String> single(String key) {
    List<String> found = values(key);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private void put(String key, String value) {
    values.put(normalize(key), List.of(value));
  }

  private static String normalize(String key) {
    return key.toLowerCase(Locale.ROOT);
  }
}
