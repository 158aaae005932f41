package io.hyperpod.prereqs.testing.tools;

import java.util.List;

/**
 * A program outside Java and Maven that some tests need, with the command that proves it is there
 * and how to install it.
 */
public enum Tool {
  /** Python 3 itself. */
  PYTHON3("python3", List.of("python3", "--version"), "install Python 3"),
  /** boto3, the AWS SDK for Python, for the wire scripts under src/test/python. */
  BOTO3("boto3", List.of("python3", "-c", "import boto3"), "pip install boto3"),
  /**
   * A moto server ({@code python3 -m moto.server}), the local AWS that tests start; the interpreter
   * is the one the system property {@code moto.python} names, as for the server.
   */
  MOTO(
      "moto",
      List.of(System.getProperty("moto.python", "python3"), "-c", "import moto.server"),
      "pip install 'moto[server]'"),
  /** The AWS CLI ({@code aws}). */
  AWS_CLI("the AWS CLI", List.of("aws", "--version"), "install the AWS CLI v2 (aws on PATH)");

  private final String label;
  private final List<String> probe;
  private final String install;

  Tool(String label, List<String> probe, String install) {
    this.label = label;
    this.probe = probe;
    this.install = install;
  }

  /** The name a skip or failure message gives. */
  public String label() {
    return label;
  }

  /** The command that exits 0 when the tool is there. */
  public List<String> probe() {
    return probe;
  }

  /** What to do when it is missing. */
  public String install() {
    return install;
  }
}
