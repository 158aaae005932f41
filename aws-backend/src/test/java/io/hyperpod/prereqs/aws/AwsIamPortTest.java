package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.action;
import static io.hyperpod.prereqs.aws.AwsWire.iamResult;
import static io.hyperpod.prereqs.aws.AwsWire.inTurn;
import static io.hyperpod.prereqs.aws.AwsWire.queryError;
import static io.hyperpod.prereqs.aws.IamXml.READ_POLICY;
import static io.hyperpod.prereqs.aws.IamXml.TRUST;
import static io.hyperpod.prereqs.aws.IamXml.policyArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AwsIamPortTest {
  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsWire wire = AwsWire.create();
  private AwsBackend backend;
  private IamPort iam;

  @BeforeEach
  void setUp() {
    backend = wire.backend(wm).build();
    iam = backend.iam();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  @Test
  void createRole_sendsNameTrustPolicyDescriptionAndTags_returnsDecodedRole() {
    wm.stubFor(action("CreateRole").willReturn(iamResult("CreateRole", IamXml.role("demo-exec"))));

    IamRole role =
        iam.createRole(
            "demo-exec", TRUST, "HyperPod execution role", Map.of("hyperpod-prereqs:stack", "demo"));

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withHeader("Authorization", containing("/us-west-2/iam/aws4_request"))
            .withFormParam("Action", equalTo("CreateRole"))
            .withFormParam("Version", equalTo("2010-05-08"))
            .withFormParam("RoleName", equalTo("demo-exec"))
            .withFormParam("AssumeRolePolicyDocument", equalTo(TRUST))
            .withFormParam("Description", equalTo("HyperPod execution role"))
            .withFormParam("Tags.member.1.Key", equalTo("hyperpod-prereqs:stack"))
            .withFormParam("Tags.member.1.Value", equalTo("demo")));
    assertThat(role.name()).isEqualTo("demo-exec");
    assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/demo-exec");
    assertThat(role.assumeRolePolicyDocument()).isEqualTo(TRUST);
    assertThat(role.description()).contains("HyperPod execution role");
    assertThat(role.createDate()).isEqualTo(Instant.parse(IamXml.CREATED));
    assertThat(role.tags()).containsExactly(entry("hyperpod-prereqs:stack", "demo"));
  }

  @Test
  void createUser_withoutTags_sendsNoTagParameters() {
    wm.stubFor(action("CreateUser").willReturn(iamResult("CreateUser", IamXml.user("alice"))));

    iam.createUser("alice", Map.of());

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("CreateUser"))
            .withFormParam("UserName", equalTo("alice"))
            .withFormParam("Tags", absent())
            .withFormParam("Tags.member.1.Key", absent()));
  }

  @Test
  void snapshot_acrossPages_readsUsersRolesAndPoliciesWithDocumentsDecodedOnce() {
    stubAuthorizationDetailsPages(
        "<UserDetailList>"
            + IamXml.userDetail("alice")
            + "</UserDetailList><GroupDetailList/><RoleDetailList>"
            + IamXml.roleDetail("demo-exec")
            + "</RoleDetailList><Policies/>",
        "<UserDetailList>"
            + IamXml.userDetail("bob")
            + "</UserDetailList><RoleDetailList/><Policies>"
            + IamXml.policyDetail("demo-cluster-user")
            + "</Policies>");
    wm.stubFor(
        action("ListPolicyTags")
            .withFormParam("PolicyArn", equalTo(policyArn("demo-cluster-user")))
            .willReturn(
                iamResult(
                    "ListPolicyTags",
                    "<Tags><member><Key>hyperpod-prereqs:stack</Key><Value>demo</Value></member>"
                        + "</Tags><IsTruncated>false</IsTruncated>")));

    IamSnapshot snapshot = iam.snapshot();

    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("GetAccountAuthorizationDetails"))
            .withFormParam("Filter.member.1", equalTo("User"))
            .withFormParam("Filter.member.2", equalTo("Role"))
            .withFormParam("Filter.member.3", equalTo("LocalManagedPolicy"))
            .withFormParam("MaxItems", equalTo("1000")));
    assertThat(snapshot.users()).extracting(u -> u.name()).containsExactly("alice", "bob");
    assertThat(snapshot.user("ALICE").orElseThrow().inlinePolicies())
        .containsExactly(entry("read", READ_POLICY));
    assertThat(snapshot.user("alice").orElseThrow().attachedPolicyArns())
        .containsExactly(policyArn("demo-cluster-user"));
    assertThat(snapshot.user("alice").orElseThrow().tags())
        .containsExactly(entry("SSMSessionRunAs", "alice"));
    IamRole role = snapshot.role("demo-exec").orElseThrow();
    assertThat(role.assumeRolePolicyDocument()).isEqualTo(TRUST);
    assertThat(role.description()).isEmpty();
    assertThat(role.attachedPolicyArns())
        .containsExactly("arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy");
    ManagedPolicy policy = snapshot.policy(policyArn("demo-cluster-user")).orElseThrow();
    assertThat(policy.defaultVersionId()).isEqualTo("v2");
    assertThat(policy.defaultDocument()).isEqualTo(READ_POLICY);
    assertThat(policy.versionCount()).isEqualTo(2);
    assertThat(policy.attachmentCount()).isEqualTo(1000);
    assertThat(policy.tags()).containsExactly(entry("hyperpod-prereqs:stack", "demo"));
    assertThat(backend.callCounts().calls())
        .containsExactly(
            entry("iam:GetAccountAuthorizationDetails", 2L), entry("iam:ListPolicyTags", 1L));
  }

  @Test
  void snapshot_ofThousandUsersAndTwoPolicies_costsOneCallPerPageAndOnePerPolicy() {
    StringBuilder firstPage = new StringBuilder();
    StringBuilder secondPage = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      (i < 600 ? firstPage : secondPage).append(IamXml.userDetail(String.format("user-%04d", i)));
    }
    stubAuthorizationDetailsPages(
        "<UserDetailList>" + firstPage + "</UserDetailList>",
        "<UserDetailList>"
            + secondPage
            + "</UserDetailList><Policies>"
            + IamXml.policyDetail("demo-cluster-user")
            + IamXml.policyDetail("demo-cluster-admin")
            + "</Policies>");
    wm.stubFor(action("ListPolicyTags").willReturn(iamResult("ListPolicyTags", "<Tags/>")));

    IamSnapshot snapshot = iam.snapshot();

    assertThat(snapshot.users()).hasSize(1000);
    assertThat(snapshot.policies()).hasSize(2);
    assertThat(backend.callCounts().calls())
        .containsExactly(
            entry("iam:GetAccountAuthorizationDetails", 2L), entry("iam:ListPolicyTags", 2L));
  }

  @Test
  void findRole_withAttachmentsOnTwoPages_readsRoleAttachmentsAndInlinePolicies() {
    wm.stubFor(action("GetRole").willReturn(iamResult("GetRole", IamXml.role("demo-exec"))));
    wm.stubFor(
        action("ListAttachedRolePolicies")
            .withFormParam("Marker", absent())
            .willReturn(
                iamResult(
                    "ListAttachedRolePolicies",
                    "<AttachedPolicies><member><PolicyName>b</PolicyName><PolicyArn>"
                        + policyArn("b")
                        + "</PolicyArn></member></AttachedPolicies><IsTruncated>true</IsTruncated>"
                        + "<Marker>next</Marker>")));
    wm.stubFor(
        action("ListAttachedRolePolicies")
            .withFormParam("Marker", equalTo("next"))
            .willReturn(
                iamResult(
                    "ListAttachedRolePolicies",
                    "<AttachedPolicies><member><PolicyName>a</PolicyName><PolicyArn>"
                        + policyArn("a")
                        + "</PolicyArn></member></AttachedPolicies>"
                        + "<IsTruncated>false</IsTruncated>")));
    wm.stubFor(
        action("ListRolePolicies")
            .willReturn(
                iamResult(
                    "ListRolePolicies",
                    "<PolicyNames><member>read</member></PolicyNames>"
                        + "<IsTruncated>false</IsTruncated>")));
    wm.stubFor(
        action("GetRolePolicy")
            .withFormParam("PolicyName", equalTo("read"))
            .willReturn(
                iamResult(
                    "GetRolePolicy",
                    "<RoleName>demo-exec</RoleName><PolicyName>read</PolicyName><PolicyDocument>"
                        + AwsWire.urlEncoded(READ_POLICY)
                        + "</PolicyDocument>")));

    IamRole role = iam.findRole("demo-exec").orElseThrow();

    assertThat(role.attachedPolicyArns()).containsExactly(policyArn("a"), policyArn("b"));
    assertThat(role.inlinePolicies()).containsExactly(entry("read", READ_POLICY));
    assertThat(role.description()).contains("HyperPod execution role");
    assertThat(backend.callCounts().calls("iam", "ListAttachedRolePolicies")).isEqualTo(2);
  }

  @Test
  void findRoleAndUser_whenNoSuchEntity_returnEmpty() {
    wm.stubFor(
        action("GetRole")
            .willReturn(queryError(404, "NoSuchEntity", "The role with name ghost cannot be found.")));
    wm.stubFor(
        action("GetUser")
            .willReturn(queryError(404, "NoSuchEntity", "The user with name ghost cannot be found.")));

    assertThat(iam.findRole("ghost")).isEmpty();
    assertThat(iam.findUser("ghost")).isEmpty();
  }

  @Test
  void findUser_rightAfterCreatingIt_looksAgainUntilIamShowsIt() {
    wm.stubFor(action("CreateUser").willReturn(iamResult("CreateUser", IamXml.user("alice"))));
    inTurn(
        wm,
        () -> action("GetUser"),
        queryError(404, "NoSuchEntity", "The user with name alice cannot be found."),
        iamResult("GetUser", IamXml.user("alice")));
    stubNoPoliciesOn("User");
    iam.createUser("alice", Map.of("SSMSessionRunAs", "alice"));

    assertThat(iam.findUser("alice"))
        .hasValueSatisfying(
            user -> assertThat(user.tags()).containsExactly(entry("SSMSessionRunAs", "alice")));
    assertThat(backend.callCounts().calls("iam", "GetUser")).isEqualTo(2);
    assertThat(wire.sleeps).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void findPolicy_readsPolicyDefaultDocumentVersionCountAndTags() {
    wm.stubFor(
        action("GetPolicy")
            .withFormParam("PolicyArn", equalTo(policyArn("demo-admin")))
            .willReturn(iamResult("GetPolicy", IamXml.policy("demo-admin", "v2"))));
    wm.stubFor(
        action("GetPolicyVersion")
            .withFormParam("VersionId", equalTo("v2"))
            .willReturn(
                iamResult(
                    "GetPolicyVersion",
                    "<PolicyVersion><Document>"
                        + AwsWire.urlEncoded(READ_POLICY)
                        + "</Document><VersionId>v2</VersionId><IsDefaultVersion>true"
                        + "</IsDefaultVersion><CreateDate>"
                        + IamXml.CREATED
                        + "</CreateDate></PolicyVersion>")));
    stubVersionsV2DefaultAndV1();

    ManagedPolicy policy = iam.findPolicy(policyArn("demo-admin")).orElseThrow();

    assertThat(policy.defaultDocument()).isEqualTo(READ_POLICY);
    assertThat(policy.versionCount()).isEqualTo(2);
    assertThat(policy.attachmentCount()).isEqualTo(2);
    assertThat(policy.tags()).containsExactly(entry("hyperpod-prereqs:stack", "demo"));
    assertThat(policy.awsManaged()).isFalse();
  }

  @Test
  void listPolicyVersions_readsEachVersionsDocument() {
    stubVersionsV2DefaultAndV1();
    for (String id : List.of("v1", "v2")) {
      wm.stubFor(
          action("GetPolicyVersion")
              .withFormParam("VersionId", equalTo(id))
              .willReturn(
                  iamResult(
                      "GetPolicyVersion",
                      "<PolicyVersion>"
                          + IamXml.version(id, id.equals("v2"), "{\"v\":\"" + id + "\"}")
                              .replace("<member>", "")
                              .replace("</member>", "")
                          + "</PolicyVersion>")));
    }

    List<PolicyVersion> versions = iam.listPolicyVersions(policyArn("demo-admin"));

    assertThat(versions)
        .extracting(PolicyVersion::versionId, PolicyVersion::document, PolicyVersion::defaultVersion)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("v2", "{\"v\":\"v2\"}", true),
            org.assertj.core.groups.Tuple.tuple("v1", "{\"v\":\"v1\"}", false));
  }

  @Test
  void tagAndAttach_onUserAndRole_sendTheirOwnActions() {
    for (String action : List.of("TagUser", "AttachRolePolicy", "PutUserPolicy", "UntagRole")) {
      wm.stubFor(action(action).willReturn(iamResult(action, "")));
    }

    iam.tag(PrincipalRef.user("alice"), Map.of("SSMSessionRunAs", "alice"));
    iam.attachPolicy(PrincipalRef.role("demo-exec"), policyArn("demo-admin"));
    iam.putInlinePolicy(PrincipalRef.user("alice"), "read", READ_POLICY);
    iam.untag(PrincipalRef.role("demo-exec"), List.of("old"));

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("TagUser"))
            .withFormParam("UserName", equalTo("alice"))
            .withFormParam("Tags.member.1.Key", equalTo("SSMSessionRunAs"))
            .withFormParam("Tags.member.1.Value", equalTo("alice")));
    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("AttachRolePolicy"))
            .withFormParam("RoleName", equalTo("demo-exec"))
            .withFormParam("PolicyArn", equalTo(policyArn("demo-admin"))));
    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("PutUserPolicy"))
            .withFormParam("PolicyName", equalTo("read"))
            .withFormParam("PolicyDocument", equalTo(READ_POLICY)));
    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("UntagRole"))
            .withFormParam("TagKeys.member.1", equalTo("old")));
  }

  static Stream<Arguments> errorCodes() {
    Consumer<IamPort> createRole = iam -> iam.createRole("demo", TRUST, null, Map.of());
    Consumer<IamPort> deleteRole = iam -> iam.deleteRole("demo");
    Consumer<IamPort> newVersion = iam -> iam.createPolicyVersion(policyArn("p"), "{}", true);
    Consumer<IamPort> putInline = iam -> iam.putInlinePolicy(PrincipalRef.role("r"), "p", "{");
    Consumer<IamPort> createUser = iam -> iam.createUser("bad name", Map.of());
    return Stream.of(
        Arguments.of("DeleteRole", deleteRole, 404, "NoSuchEntity", NotFoundException.class),
        Arguments.of("CreateRole", createRole, 409, "EntityAlreadyExists", AlreadyExistsException.class),
        Arguments.of("CreatePolicyVersion", newVersion, 409, "LimitExceeded", LimitExceededException.class),
        Arguments.of("PutRolePolicy", putInline, 400, "MalformedPolicyDocument", MalformedException.class),
        Arguments.of("DeleteRole", deleteRole, 409, "DeleteConflict", DependencyViolationException.class),
        Arguments.of("CreateUser", createUser, 400, "ValidationError", MalformedException.class),
        Arguments.of("CreateRole", createRole, 400, "InvalidInput", MalformedException.class),
        Arguments.of("DeleteRole", deleteRole, 409, "ConcurrentModification", ConflictException.class),
        Arguments.of("DeleteRole", deleteRole, 400, "UnmodifiableEntity", ConflictException.class),
        Arguments.of("CreateRole", createRole, 403, "AccessDenied", AccessDeniedException.class),
        Arguments.of("CreateRole", createRole, 400, "Throttling", ThrottledException.class));
  }

  @ParameterizedTest(name = "{3} -> {4}")
  @MethodSource("errorCodes")
  void call_whenIamAnswersErrorCode_throwsTypedExceptionWithCodeStatusAndRequestId(
      String action,
      Consumer<IamPort> call,
      int status,
      String code,
      Class<? extends CloudException> type) {
    wm.stubFor(action(action).willReturn(queryError(status, code, "details from IAM")));

    assertThatThrownBy(() -> call.accept(iam))
        .isExactlyInstanceOf(type)
        .hasMessageContaining("IAM " + action + " for ")
        .hasMessageContaining(code + ": details from IAM")
        .satisfies(
            thrown -> {
              CloudException e = (CloudException) thrown;
              assertThat(e.service()).isEqualTo("iam");
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.requestId()).contains("req-" + code);
            });
  }

  @Test
  void createRole_whenEntityAlreadyExists_namesTheRoleInTheMessage() {
    wm.stubFor(
        action("CreateRole")
            .willReturn(
                queryError(409, "EntityAlreadyExists", "Role with name demo-exec already exists.")));

    assertThatThrownBy(() -> iam.createRole("demo-exec", TRUST, null, Map.of()))
        .hasMessageStartingWith(
            "IAM CreateRole for role 'demo-exec' failed: EntityAlreadyExists:"
                + " Role with name demo-exec already exists.");
  }

  @Test
  void createRole_whenAccessDenied_namesTheMissingActionAndSaysToGrantIt() {
    wm.stubFor(
        action("CreateRole")
            .willReturn(
                queryError(
                    403,
                    "AccessDenied",
                    "User: arn:aws:iam::123456789012:user/ci is not authorized to perform:"
                        + " iam:CreateRole")));

    assertThatThrownBy(() -> iam.createRole("demo-exec", TRUST, null, Map.of()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("role 'demo-exec'")
        .hasMessageContaining("The caller lacks iam:CreateRole: grant iam:CreateRole")
        .hasMessageContaining("iam-policy-for-tool");
  }

  @Test
  void call_withUnknownErrorCode_throwsPlainCloudExceptionKeepingTheCode() {
    wm.stubFor(action("DeleteUser").willReturn(queryError(400, "BrandNewError", "new")));

    assertThatThrownBy(() -> iam.deleteUser("alice"))
        .isExactlyInstanceOf(CloudException.class)
        .extracting(e -> ((CloudException) e).errorCode())
        .isEqualTo("BrandNewError");
  }

  @Test
  void createRole_whenThrottledOnce_retriesAndSucceeds() {
    inTurn(
        wm,
        () -> action("CreateRole"),
        queryError(400, "Throttling", "Rate exceeded"),
        iamResult("CreateRole", IamXml.role("demo-exec")));

    IamRole role = iam.createRole("demo-exec", TRUST, null, Map.of());

    assertThat(role.name()).isEqualTo("demo-exec");
    assertThat(backend.callCounts().calls("iam", "CreateRole")).isEqualTo(1);
    assertThat(backend.callCounts().attempts("iam", "CreateRole")).isEqualTo(2);
  }

  @Test
  void getRole_whenServerFailsOnceWith500_retriesAndSucceeds() {
    inTurn(
        wm,
        () -> action("GetRole"),
        queryError(500, "ServiceFailure", "internal"),
        iamResult("GetRole", IamXml.role("demo-exec")));
    stubNoPoliciesOn("Role");

    assertThat(iam.findRole("demo-exec")).isPresent();
    assertThat(backend.callCounts().attempts("iam", "GetRole")).isEqualTo(2);
  }

  @Test
  void call_whenThrottledOnEveryAttempt_throwsThrottledAfterMaxAttempts() {
    wm.stubFor(action("DeleteUser").willReturn(queryError(400, "Throttling", "Rate exceeded")));

    assertThatThrownBy(() -> iam.deleteUser("alice"))
        .isInstanceOf(ThrottledException.class)
        .hasMessageContaining("try again later");
    assertThat(backend.callCounts().attempts("iam", "DeleteUser")).isEqualTo(3);
  }

  @Test
  void attachPolicy_toRoleJustCreated_retriesNoSuchEntityUntilIamCatchesUp() {
    wm.stubFor(action("CreateRole").willReturn(iamResult("CreateRole", IamXml.role("demo-exec"))));
    inTurn(
        wm,
        () -> action("AttachRolePolicy"),
        queryError(404, "NoSuchEntity", "The role with name demo-exec cannot be found."),
        queryError(404, "NoSuchEntity", "The role with name demo-exec cannot be found."),
        iamResult("AttachRolePolicy", ""));
    iam.createRole("demo-exec", TRUST, null, Map.of());

    iam.attachPolicy(PrincipalRef.role("demo-exec"), policyArn("demo-admin"));

    assertThat(backend.callCounts().calls("iam", "AttachRolePolicy")).isEqualTo(3);
    assertThat(wire.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void attachPolicy_toRoleNeverCreatedHere_failsAtOnceWithNotFound() {
    wm.stubFor(
        action("AttachRolePolicy")
            .willReturn(queryError(404, "NoSuchEntity", "The role with name x cannot be found.")));

    assertThatThrownBy(() -> iam.attachPolicy(PrincipalRef.role("x"), policyArn("demo-admin")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("policy '" + policyArn("demo-admin") + "' on role 'x'");
    assertThat(backend.callCounts().calls("iam", "AttachRolePolicy")).isEqualTo(1);
    assertThat(wire.sleeps).isEmpty();
  }

  @Test
  void tag_userJustCreatedThatNeverAppears_givesUpAfterBoundedAttempts() {
    wm.stubFor(action("CreateUser").willReturn(iamResult("CreateUser", IamXml.user("alice"))));
    wm.stubFor(
        action("TagUser")
            .willReturn(queryError(404, "NoSuchEntity", "The user with name alice cannot be found.")));
    iam.createUser("alice", Map.of());

    assertThatThrownBy(() -> iam.tag(PrincipalRef.user("alice"), Map.of("k", "v")))
        .isInstanceOf(NotFoundException.class);
    assertThat(backend.callCounts().calls("iam", "TagUser")).isEqualTo(4);
    assertThat(wire.sleeps)
        .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void createRole_whenTrustedPrincipalNotYetVisible_retriesInvalidPrincipal() {
    inTurn(
        wm,
        () -> action("CreateRole"),
        queryError(400, "MalformedPolicyDocument", "Invalid principal in policy: \"AWS\":\"x\""),
        iamResult("CreateRole", IamXml.role("demo-exec")));

    assertThat(iam.createRole("demo-exec", TRUST, null, Map.of()).name()).isEqualTo("demo-exec");
    assertThat(wire.sleeps).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void deleteRole_afterCreate_stopsRetryingNoSuchEntityForIt() {
    wm.stubFor(action("CreateRole").willReturn(iamResult("CreateRole", IamXml.role("demo-exec"))));
    wm.stubFor(action("DeleteRole").willReturn(iamResult("DeleteRole", "")));
    wm.stubFor(
        action("TagRole")
            .willReturn(queryError(404, "NoSuchEntity", "The role with name demo-exec cannot be found.")));
    iam.createRole("demo-exec", TRUST, null, Map.of());
    iam.deleteRole("demo-exec");

    assertThatThrownBy(() -> iam.tag(PrincipalRef.role("demo-exec"), Map.of("k", "v")))
        .isInstanceOf(NotFoundException.class);
    assertThat(wire.sleeps).isEmpty();
  }

  /** Empty ListAttached{User,Role}Policies and List{User,Role}Policies answers. */
  private static void stubNoPoliciesOn(String kind) {
    wm.stubFor(
        action("ListAttached" + kind + "Policies")
            .willReturn(iamResult("ListAttached" + kind + "Policies", "<AttachedPolicies/>")));
    wm.stubFor(
        action("List" + kind + "Policies")
            .willReturn(iamResult("List" + kind + "Policies", "<PolicyNames/>")));
  }

  private static void stubVersionsV2DefaultAndV1() {
    wm.stubFor(
        action("ListPolicyVersions")
            .willReturn(
                iamResult(
                    "ListPolicyVersions",
                    "<Versions>"
                        + IamXml.version("v2", true, null)
                        + IamXml.version("v1", false, null)
                        + "</Versions><IsTruncated>false</IsTruncated>")));
  }

  /** Two pages of GetAccountAuthorizationDetails, linked by the marker {@code page-2}. */
  private static void stubAuthorizationDetailsPages(String firstPage, String secondPage) {
    String action = "GetAccountAuthorizationDetails";
    wm.stubFor(
        action(action)
            .withFormParam("Marker", absent())
            .willReturn(
                iamResult(
                    action, firstPage + "<IsTruncated>true</IsTruncated><Marker>page-2</Marker>")));
    wm.stubFor(
        action(action)
            .withFormParam("Marker", equalTo("page-2"))
            .willReturn(iamResult(action, secondPage + "<IsTruncated>false</IsTruncated>")));
  }
}
