package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * WireMock on 127.0.0.1 speaking AWS's wire formats (query protocol for IAM and STS, rest-xml
 * for S3, JSON 1.1 for SSM and Service Quotas), and an {@link AwsBackend} pointed at it with dummy credentials and millisecond backoff.
 */
final class AwsWire {
  static final String ACCOUNT = "123456789012";
  static final String IAM_XMLNS = "https://iam.amazonaws.com/doc/2010-05-08/";
  static final String STS_XMLNS = "https://sts.amazonaws.com/doc/2011-06-15/";
  static final String S3_XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";
  static final String EC2_XMLNS = "http://ec2.amazonaws.com/doc/2016-11-15/";
  static final String FSX_TARGET_PREFIX = "AWSSimbaAPIService_v20180301.";
  private static final AtomicInteger SCENARIOS = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The waits the IAM consistency retries asked for, in order; nothing really sleeps. */
  final List<Duration> sleeps = new ArrayList<>();

  private AwsWire() {}

  static AwsWire create() {
    return new AwsWire();
  }

  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
        .build();
  }

  /** A backend on {@code server}: us-west-2, 3 attempts, 1 ms backoff, recorded sleeps. */
  AwsBackend.Builder backend(WireMockExtension server) {
    return AwsBackend.builder()
        .region("us-west-2")
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIATEST", "secret")))
        .maxAttempts(3)
        .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
        .throttlingBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
        .iamConsistency(4, Duration.ofMillis(250), Duration.ofSeconds(1))
        .sleeper(sleeps::add);
  }

  /** A query-protocol request (IAM, STS) for {@code action}. */
  static MappingBuilder action(String action) {
    return post(urlEqualTo("/")).withFormParam("Action", equalTo(action));
  }

  static ResponseDefinitionBuilder iamResult(String action, String resultXml) {
    return queryResult(IAM_XMLNS, action, resultXml);
  }

  static ResponseDefinitionBuilder stsResult(String action, String resultXml) {
    return queryResult(STS_XMLNS, action, resultXml);
  }

  /** A JSON 1.1 request (SSM, Service Quotas, FSx) for {@code target}, e.g. {@code AmazonSSM.GetDocument}. */
  static MappingBuilder target(String target) {
    return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
  }

  /**
   * Two pages of a JSON 1.1 list for {@code target}: the first answers {@code request}, the second
   * the same request with NextToken {@code page-2}.
   */
  static void twoPages(
      WireMockExtension server,
      String target,
      java.util.Map<String, Object> request,
      String firstPage,
      String secondPage) {
    java.util.Map<String, Object> second = new java.util.LinkedHashMap<>(request);
    second.put("NextToken", "page-2");
    server.stubFor(
        target(target)
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.equalToJson(jsonOf(request)))
            .willReturn(json(firstPage)));
    server.stubFor(
        target(target)
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.equalToJson(jsonOf(second)))
            .willReturn(json(secondPage)));
  }

  /** A JSON 1.1 answer. */
  static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/x-amz-json-1.1")
        .withHeader("x-amzn-RequestId", "req-ok")
        .withBody(body);
  }

  /** {@code value} (maps, lists, strings, numbers) as JSON text, for JSON 1.1 bodies. */
  static String jsonOf(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON 1.1 error, as SSM, Service Quotas and FSx send them. */
  static ResponseDefinitionBuilder jsonError(int status, String code, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/x-amz-json-1.1")
        .withHeader("x-amzn-RequestId", "req-" + code)
        .withBody("{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}");
  }

  /** A query-protocol error, as IAM and STS send them. */
  static ResponseDefinitionBuilder queryError(int status, String code, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/xml")
        .withBody(
            "<ErrorResponse xmlns=\""
                + IAM_XMLNS
                + "\"><Error><Type>Sender</Type><Code>"
                + code
                + "</Code><Message>"
                + message
                + "</Message></Error><RequestId>req-"
                + code
                + "</RequestId></ErrorResponse>");
  }

  /** An EC2 answer: the operation's elements directly under {@code <ActionResponse>}. */
  static ResponseDefinitionBuilder ec2Result(String action, String xml) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "text/xml;charset=UTF-8")
        .withBody(
            "<"
                + action
                + "Response xmlns=\""
                + EC2_XMLNS
                + "\"><requestId>req-"
                + action
                + "</requestId>"
                + xml
                + "</"
                + action
                + "Response>");
  }

  /** An EC2 error: {@code <Response><Errors><Error>}, as EC2 sends them. */
  static ResponseDefinitionBuilder ec2Error(int status, String code, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/xml;charset=UTF-8")
        .withBody(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>"
                + code
                + "</Code><Message>"
                + message
                + "</Message></Error></Errors><RequestID>req-"
                + code
                + "</RequestID></Response>");
  }

  /** An FSx (JSON 1.1) request for {@code operation}. */
  static MappingBuilder fsx(String operation) {
    return target(FSX_TARGET_PREFIX + operation);
  }

  /** An S3 error document. */
  static ResponseDefinitionBuilder s3Error(int status, String code, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/xml")
        .withHeader("x-amz-request-id", "req-" + code)
        .withBody(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"
                + code
                + "</Code><Message>"
                + message
                + "</Message><RequestId>req-"
                + code
                + "</RequestId><HostId>host</HostId></Error>");
  }

  static ResponseDefinitionBuilder s3Xml(String xml) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/xml")
        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml);
  }

  /**
   * Stubs {@code request} to answer {@code responses} one after the other, the last one for every
   * later request too (a WireMock scenario).
   */
  static void inTurn(
      WireMockExtension server,
      Supplier<MappingBuilder> request,
      ResponseDefinitionBuilder... responses) {
    String scenario = "in-turn-" + SCENARIOS.incrementAndGet();
    for (int i = 0; i < responses.length; i++) {
      ScenarioMappingBuilder mapping =
          request
              .get()
              .inScenario(scenario)
              .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i)
              .willReturn(responses[i]);
      if (i < responses.length - 1) {
        mapping = mapping.willSetStateTo("step-" + (i + 1));
      }
      server.stubFor(mapping);
    }
  }

  /** STS GetCallerIdentity for account {@link #ACCOUNT}. */
  static MappingBuilder callerIdentity() {
    return action("GetCallerIdentity")
        .willReturn(
            stsResult(
                "GetCallerIdentity",
                "<Arn>arn:aws:iam::"
                    + ACCOUNT
                    + ":user/admin</Arn><UserId>AIDATEST</UserId><Account>"
                    + ACCOUNT
                    + "</Account>"));
  }

  /** A policy document as IAM returns it: URL-encoded (RFC 3986). */
  static String urlEncoded(String json) {
    return URLEncoder.encode(json, StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static ResponseDefinitionBuilder queryResult(
      String xmlns, String action, String resultXml) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "text/xml")
        .withBody(
            "<"
                + action
                + "Response xmlns=\""
                + xmlns
                + "\"><"
                + action
                + "Result>"
                + resultXml
                + "</"
                + action
                + "Result><ResponseMetadata><RequestId>req-"
                + action
                + "</RequestId></ResponseMetadata></"
                + action
                + "Response>");
  }
}
