package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.aws.moto.MotoServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives the CLI moto's dummy credentials for a test class through the AWS SDK default chain's
 * system properties ({@code aws.accessKeyId}, {@code aws.secretAccessKey}; the environment
 * variables are the same link of the chain), which win over anything in the environment, and puts
 * the previous values back afterwards.
 */
final class DummyAwsCredentials implements BeforeAllCallback, AfterAllCallback {
  private static final String ACCESS_KEY = "aws.accessKeyId";
  private static final String SECRET_KEY = "aws.secretAccessKey";

  private String accessKey;
  private String secretKey;

  @Override
  public void beforeAll(ExtensionContext context) {
    accessKey = System.setProperty(ACCESS_KEY, MotoServer.ACCESS_KEY);
    secretKey = System.setProperty(SECRET_KEY, MotoServer.SECRET_KEY);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    restore(ACCESS_KEY, accessKey);
    restore(SECRET_KEY, secretKey);
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
