package io.hyperpod.prereqs.simulator.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.SimulatedAccessKey;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The protocol bases a further service extends (EC2's query dialect, JSON 1.1), through the front
 * with two sample services.
 */
class ProtocolBasesTest {
  static final class Ec2Sample extends Ec2Protocol {
    Ec2Sample() {
      action(
          "DescribeSamples",
          (p, c, x) -> items(x, "sampleSet", p.flatList("SampleId"), (xml, id) ->
              xml.element("sampleId", id)));
      action("DeleteSample", (p, c, x) -> {
        throw AwsError.exception(
            "ec2", "InvalidSample.NotFound", 400, "The sample '" + p.required("SampleId")
                + "' does not exist", null);
      });
    }
  }

  static final class JsonSample extends JsonProtocol {
    JsonSample() {
      super("ssm", "AmazonSSM");
      operation("GetSample", (in, c, out) -> out.put("Name", in.path("Name").asText()));
      operation("DeleteSample", (in, c, out) -> {
        throw AwsError.exception("ssm", "InvalidDocument", 400, "The specified document does"
            + " not exist.", null);
      });
    }
  }

  final AwsSimulator simulator = AwsSimulator.create();
  final HttpFront front = front(false);

  HttpFront front(boolean verify) {
    return new HttpFront(simulator, new Router(List.of(new Ec2Sample(), new JsonSample())),
        new AccessKeys(List.of(SimulatedAccessKey.of("AKIAKNOWN", "123456789012").secret("s")),
            AwsSimulator.DEFAULT_ACCOUNT),
        verify, () -> {});
  }

  static WireRequest ec2(String form) {
    return new WireRequest("POST", "/", null,
        Map.of("Content-Type", List.of("application/x-www-form-urlencoded"),
            "Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKID/20250101/us-west-2/ec2/"
                + "aws4_request, SignedHeaders=host, Signature=00")),
        form.getBytes(StandardCharsets.UTF_8));
  }

  static WireRequest json(String target, String body) {
    return new WireRequest("POST", "/", null,
        Map.of("Content-Type", List.of("application/x-amz-json-1.1"),
            "X-Amz-Target", List.of(target)),
        body.getBytes(StandardCharsets.UTF_8));
  }

  static String text(WireResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void ec2Success_requestIdFirstThenItems() {
    WireResponse response =
        front.answer(ec2("Action=DescribeSamples&SampleId.2=s-2&SampleId.1=s-1"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(text(response)).matches(
        ".*<DescribeSamplesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
            + "<requestId>[0-9a-f-]{36}</requestId><sampleSet><item><sampleId>s-1</sampleId>"
            + "</item><item><sampleId>s-2</sampleId></item></sampleSet>"
            + "</DescribeSamplesResponse>");
  }

  @Test
  void ec2Error_isResponseErrorsErrorWithRequestID() {
    WireResponse response = front.answer(ec2("Action=DeleteSample&SampleId=s-9"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(text(response)).matches(
        ".*<Response><Errors><Error><Code>InvalidSample.NotFound</Code><Message>The sample"
            + " 's-9' does not exist</Message></Error></Errors><RequestID>[0-9a-f-]{36}"
            + "</RequestID></Response>");
  }

  @Test
  void ec2MissingParameter_failsWithMissingParameter() {
    WireResponse response = front.answer(ec2("Action=DeleteSample"));

    assertThat(text(response)).contains("<Code>MissingParameter</Code>")
        .contains("parameter SampleId");
  }

  @Test
  void jsonSuccess_isAJsonObjectWithRequestIdHeader() {
    WireResponse response = front.answer(json("AmazonSSM.GetSample", "{\"Name\":\"doc\"}"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(text(response)).isEqualTo("{\"Name\":\"doc\"}");
    assertThat(response.firstHeader("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(response.firstHeader("x-amzn-RequestId")).matches("[0-9a-f-]{36}");
  }

  @Test
  void jsonError_hasTypeAndMessage() {
    WireResponse response = front.answer(json("AmazonSSM.DeleteSample", "{}"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(text(response))
        .isEqualTo("{\"__type\":\"InvalidDocument\",\"message\":\"The specified document does"
            + " not exist.\"}");
  }

  @Test
  void jsonUnknownOperationAndBadBody_failWithAwsCodes() {
    assertThat(text(front.answer(json("AmazonSSM.StartSession", "{}"))))
        .contains("\"__type\":\"UnknownOperationException\"");
    assertThat(text(front.answer(json("AmazonSSM.GetSample", "[1]"))))
        .contains("\"__type\":\"SerializationException\"");
  }

  @Test
  void jsonUnsignedWhenSignaturesAreVerified_failsWithMissingAuthenticationToken() {
    WireResponse response = front(true).answer(json("AmazonSSM.GetSample", "{}"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(text(response)).contains("\"__type\":\"MissingAuthenticationTokenException\"");
  }
}
