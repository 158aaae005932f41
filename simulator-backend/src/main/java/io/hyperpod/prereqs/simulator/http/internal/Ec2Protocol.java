package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.spi.CloudException;

/**
 * EC2's dialect of the query protocol (2016-11-15): the answer's members sit directly in {@code
 * <XResponse>} after a lower-case {@code <requestId>}, lists are {@code <item>}s under lower-camel
 * names, requests flatten lists ({@code GroupId.1}, {@code Filter.1.Value.1}), and errors are
 * {@code <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>}.
 */
public abstract class Ec2Protocol extends QueryProtocol {
  static final String XMLNS = "http://ec2.amazonaws.com/doc/2016-11-15/";

  protected Ec2Protocol() {
    super("ec2");
  }

  @Override
  public WireResponse unauthorized(AuthFailure failure, String message, String requestId) {
    return failure == AuthFailure.SKEWED
        ? reject("RequestExpired", 400, "Request has expired.", requestId)
        : super.unauthorized(failure, message, requestId);
  }

  @Override
  public String internalErrorCode() {
    return "InternalError";
  }

  @Override
  protected final byte[] envelope(String action, Xml result, String requestId) {
    return Xml.document()
        .start(action + "Response", XMLNS)
        .element("requestId", requestId)
        .append(result)
        .end()
        .bytes();
  }

  @Override
  protected final byte[] errorBody(String code, String message, int status, String requestId) {
    return Xml.document()
        .start("Response")
        .start("Errors")
        .start("Error")
        .element("Code", code)
        .element("Message", message)
        .end()
        .end()
        .element("RequestID", requestId)
        .end()
        .bytes();
  }

  /** {@code DryRun=true}: the call would succeed (the simulator checks no permissions). */
  @Override
  protected void beforeAction(QueryParams params) {
    if (params.bool("DryRun", false)) {
      throw AwsError.exception(
          "ec2",
          "DryRunOperation",
          412,
          "Request would have succeeded, but DryRun flag is set.",
          null);
    }
  }

  /** EC2's MissingParameter / InvalidParameterValue. */
  @Override
  protected CloudException invalidParameter(String name, String problem) {
    return problem.equals("missing")
        ? AwsError.exception(
            "ec2", "MissingParameter", 400, "The request must contain the parameter " + name, null)
        : AwsError.exception(
            "ec2",
            "InvalidParameterValue",
            400,
            "Value for parameter " + name + " is invalid: " + problem,
            null);
  }

  /** {@code <name><item>...</item>...</name>}: each item written by {@code item}. */
  protected static <T> void items(Xml xml, String name, Iterable<T> values, ItemWriter<T> item) {
    xml.start(name);
    for (T value : values) {
      xml.start("item");
      item.write(xml, value);
      xml.end();
    }
    xml.end();
  }

  /** Writes one list item's members. */
  @FunctionalInterface
  protected interface ItemWriter<T> {
    void write(Xml xml, T value);
  }
}
