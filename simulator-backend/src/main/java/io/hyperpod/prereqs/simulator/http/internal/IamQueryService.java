package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.List;
import java.util.function.Function;

/**
 * IAM on the wire (AWS query protocol, API version 2010-05-08): users, roles, groups, instance
 * profiles, access keys, managed and inline policies, attachments, tags, the policy simulator,
 * and the listings with IAM's {@code Marker}/{@code IsTruncated}
 * paging ({@code MaxItems} 1 to 1000, default 100).
 */
public final class IamQueryService extends AwsQueryService {
  static final String XMLNS = "https://iam.amazonaws.com/doc/2010-05-08/";
  private static final int DEFAULT_MAX_ITEMS = 100;
  private static final int MAX_MAX_ITEMS = 1000;

  public IamQueryService() {
    super("iam", XMLNS);
    IamPrincipalActions.register(this);
    IamPolicyActions.register(this);
    IamListActions.register(this);
    IamSimulateActions.register(this);
    IamGroupActions.register(this);
    IamInstanceProfileActions.register(this);
    IamAccessKeyActions.register(this);
  }

  /** One page of a listing, from the request's {@code Marker} and {@code MaxItems}. */
  static <T> MarkerPage<T> page(List<T> items, Function<T, String> key, QueryParams params) {
    Integer max = params.integer("MaxItems");
    if (max != null && (max < 1 || max > MAX_MAX_ITEMS)) {
      throw AwsError.IAM_VALIDATION_ERROR.exception(
          "1 validation error detected: Value '"
              + max
              + "' at 'maxItems' failed to satisfy constraint: Member must have value between 1"
              + " and "
              + MAX_MAX_ITEMS);
    }
    return MarkerPage.of(
        items,
        key,
        params.get("Marker"),
        max,
        DEFAULT_MAX_ITEMS,
        () ->
            AwsError.IAM_INVALID_INPUT.exception(
                "Marker '"
                    + params.get("Marker")
                    + "' was not handed out by this listing; pass the Marker of the previous"
                    + " response, or none for the first page."));
  }

}
