package io.hyperpod.prereqs.aws.internal;

import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * Reads the account's users, roles and customer-managed policies with GetAccountAuthorizationDetails
 * (filters User, Role, LocalManagedPolicy, 1,000 items a page): attachments, inline policies, tags
 * of users and roles and every policy version come in the same few pages, so the cost does not
 * grow with the number of principals. That response has no tags for policies; the engine tells its
 * own policies by their IAM path ({@code /hyperpod-prereqs/STACK/}), so only policies under
 * {@code /hyperpod-prereqs/} cost one ListPolicyTags call each (their tags are shown in plans);
 * the account's other policies cost nothing more. Roles come without their description, which that response does not carry.
 */
final class IamSnapshotReader {
  /** The most items IAM returns in one page of GetAccountAuthorizationDetails. */
  static final int PAGE_SIZE = 1000;

  /** The IAM path under which the tool creates its policies. */
  static final String TOOL_PATH = "/hyperpod-prereqs/";

  private IamSnapshotReader() {}

  static IamSnapshot read(IamClient iam) {
    List<IamUser> users = new ArrayList<>();
    List<IamRole> roles = new ArrayList<>();
    List<ManagedPolicyDetail> policyDetails = new ArrayList<>();
    for (GetAccountAuthorizationDetailsResponse page :
        iam.getAccountAuthorizationDetailsPaginator(
            request ->
                request
                    .filter(EntityType.USER, EntityType.ROLE, EntityType.LOCAL_MANAGED_POLICY)
                    .maxItems(PAGE_SIZE))) {
      page.userDetailList().forEach(user -> users.add(IamMappings.user(user)));
      page.roleDetailList().forEach(role -> roles.add(IamMappings.role(role)));
      policyDetails.addAll(page.policies());
    }
    List<ManagedPolicy> policies = new ArrayList<>();
    for (ManagedPolicyDetail policy : policyDetails) {
      if (!policy.path().startsWith(TOOL_PATH)) {
        policies.add(IamMappings.policy(policy, List.of()));
        continue;
      }
      try {
        policies.add(IamMappings.policy(policy, tags(iam, policy.arn())));
      } catch (NoSuchEntityException deletedMeanwhile) {
        // deleted between the two reads (e.g. by a parallel destroy): not in the account any more
      }
    }
    users.sort(Comparator.comparing(IamUser::name));
    roles.sort(Comparator.comparing(IamRole::name));
    policies.sort(Comparator.comparing(ManagedPolicy::arn));
    return IamSnapshot.builder().users(users).roles(roles).policies(policies).build();
  }

  private static List<Tag> tags(IamClient iam, String policyArn) {
    List<Tag> tags = new ArrayList<>();
    iam.listPolicyTagsPaginator(request -> request.policyArn(policyArn)).tags().forEach(tags::add);
    return tags;
  }
}
