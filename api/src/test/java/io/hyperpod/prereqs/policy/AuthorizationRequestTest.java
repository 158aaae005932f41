package io.hyperpod.prereqs.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {

  @Test
  void build_roleArn_infersAccountAndType() {
    AuthorizationRequest request =
        AuthorizationRequest.builder()
            .principalArn("arn:aws:iam::111122223333:role/path/hp-exec")
            .action("s3:GetObject")
            .build();

    assertThat(request.principalAccount()).contains("111122223333");
    assertThat(request.principalType()).isEqualTo(PrincipalType.ROLE);
    assertThat(request.resource()).isEqualTo("*");
    assertThat(request.crossAccount()).isFalse();
  }

  @Test
  void build_servicePrincipal_hasNoAccount() {
    AuthorizationRequest request =
        AuthorizationRequest.builder()
            .principalArn("sagemaker.amazonaws.com")
            .action("sts:AssumeRole")
            .build();

    assertThat(request.principalType()).isEqualTo(PrincipalType.SERVICE);
    assertThat(request.principalAccount()).isEmpty();
  }

  @Test
  void build_resourceInOtherAccount_isCrossAccount() {
    AuthorizationRequest request =
        AuthorizationRequest.builder()
            .principalArn("arn:aws:iam::111122223333:user/alice")
            .action("s3:GetObject")
            .resourceAccount("444455556666")
            .build();

    assertThat(request.principalType()).isEqualTo(PrincipalType.USER);
    assertThat(request.crossAccount()).isTrue();
  }

  @Test
  void contextValue_severalValues_areOneMultivaluedKey() {
    AuthorizationRequest request =
        AuthorizationRequest.builder()
            .principalArn("arn:aws:iam::111122223333:user/alice")
            .action("iam:TagRole")
            .contextValue("aws:TagKeys", "env", "team")
            .contextValue(ContextKeys.SOURCE_VPCE, "vpce-1")
            .build();

    assertThat(request.context())
        .containsEntry("aws:TagKeys", List.of("env", "team"))
        .containsEntry("aws:SourceVpce", List.of("vpce-1"));
  }

  @Test
  void principalTypeOf_unrecognisedPrincipal_explainsTheFix() {
    assertThatThrownBy(() -> PrincipalType.of("arn:aws:iam::111122223333:group/admins"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arn:aws:iam::111122223333:group/admins")
        .hasMessageContaining("set principalType explicitly");
  }
}
