package io.hyperpod.prereqs.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the generated add_users.sh and on_create.sh with stubbed {@code id}, {@code getent},
 * {@code useradd}, {@code mount} and {@code mountpoint} on PATH: a fake /etc/passwd in a file.
 */
class AddUsersScriptTest {
  @TempDir Path dir;
  Path bin;
  Path passwd;
  Path calls;

  @BeforeEach
  void stubs() throws IOException {
    bin = Files.createDirectories(dir.resolve("bin"));
    passwd = dir.resolve("passwd");
    calls = dir.resolve("calls.log");
    Files.writeString(passwd, "root:0\nubuntu:1000\n");
    Files.writeString(calls, "");
    stub("id", "[ \"$1\" = -u ] || exit 2; grep -q \"^$2:\" \"$PASSWD\" || exit 1;"
        + " grep \"^$2:\" \"$PASSWD\" | cut -d: -f2");
    stub("getent", "[ \"$1\" = passwd ] || exit 2; grep -q \":$2$\" \"$PASSWD\"");
    stub("useradd", "echo \"useradd $*\" >> \"$CALLS\"; user=\"$2\"; uid=\"$4\";"
        + " [ \"$user\" = fail ] && exit 9; echo \"$user:$uid\" >> \"$PASSWD\"");
    stub("mount", "echo \"mount $*\" >> \"$CALLS\"; touch \"$MOUNTED\"");
    stub("mountpoint", "[ -f \"$MOUNTED\" ]");
  }

  private void stub(String name, String body) throws IOException {
    Path f = bin.resolve(name);
    Files.writeString(f, "#!/bin/bash\n" + body + "\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Result run(String script, String... args) throws Exception {
    return run(java.util.Map.of(), script, args);
  }

  private Result run(java.util.Map<String, String> env, String script, String... args)
      throws Exception {
    Path s = dir.resolve(script);
    if (!Files.exists(s)) {
      Files.writeString(s, LifecycleFiles.content(script, null, Optional.empty()));
    }
    List<String> cmd = new java.util.ArrayList<>(List.of("bash", s.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("PASSWD", passwd.toString());
    pb.environment().put("CALLS", calls.toString());
    pb.environment().put("MOUNTED", dir.resolve("mounted").toString());
    pb.environment().putAll(env);
    pb.environment().put("HYPERPOD_PREREQS_LOG_DIR", dir.resolve("log").toString());
    pb.environment().put("HYPERPOD_PREREQS_FSX_MOUNT_POINT", dir.resolve("fsx").toString());
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(),
        StandardCharsets.UTF_8), Files.readString(calls));
  }

  record Result(int code, String output, String calls) {}

  @Test
  void addUsers_newUsers_createsEachWithUidAndFsxHome() throws Exception {
    Files.writeString(dir.resolve("users.txt"), "alice,2001,/fsx/alice\nbob,2002,/fsx/bob\n");
    Result r = run("add_users.sh", "users.txt");
    assertThat(r.code()).isZero();
    assertThat(r.calls()).contains("useradd -m alice --uid 2001 -d /fsx/alice --shell /bin/bash")
        .contains("useradd -m bob --uid 2002 -d /fsx/bob --shell /bin/bash");
    assertThat(Files.readString(passwd)).contains("alice:2001").contains("bob:2002");
  }

  @Test
  void addUsers_runTwice_secondRunCreatesNothing() throws Exception {
    Files.writeString(dir.resolve("users.txt"), "alice,2001,/fsx/alice\n");
    run("add_users.sh", "users.txt");
    Files.writeString(calls, "");
    Result again = run("add_users.sh", "users.txt");
    assertThat(again.code()).isZero();
    assertThat(again.calls()).doesNotContain("useradd");
    assertThat(again.output()).contains("user alice exists; skipping");
  }

  @Test
  void addUsers_uidTakenByAnotherUser_skipsThatUser() throws Exception {
    Files.writeString(dir.resolve("users.txt"), "carol,1000,/fsx/carol\ndave,2004,/fsx/dave\n");
    Result r = run("add_users.sh", "users.txt");
    assertThat(r.code()).isZero();
    assertThat(r.output()).contains("uid 1000 is taken by another user; skipping carol");
    assertThat(r.calls()).doesNotContain("carol").contains("useradd -m dave --uid 2004");
  }

  @Test
  void addUsers_lastLineWithoutNewline_isStillRead() throws Exception {
    Files.writeString(dir.resolve("users.txt"), "erin,2005,/fsx/erin");
    assertThat(run("add_users.sh", "users.txt").calls()).contains("useradd -m erin --uid 2005");
  }

  @Test
  void addUsers_missingFile_exitsZeroWithoutChanges() throws Exception {
    Result r = run("add_users.sh", "absent.txt");
    assertThat(r.code()).isZero();
    assertThat(r.calls()).isEmpty();
  }

  @Test
  void addUsers_useraddFails_exitsNonZeroAndGoesOn() throws Exception {
    Files.writeString(dir.resolve("users.txt"), "fail,2009,/fsx/fail\nfrank,2010,/fsx/frank\n");
    Result r = run("add_users.sh", "users.txt");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.calls()).contains("useradd -m frank --uid 2010");
  }

  @Test
  void addUsers_fsxRequiredButNotMounted_refusesAndCreatesNobody() throws Exception {
    Files.writeString(dir.resolve("users.txt"), "alice,2001,/fsx/alice\n");

    Result r = run(java.util.Map.of("HYPERPOD_PREREQS_REQUIRE_MOUNT", "/fsx"), "add_users.sh",
        "users.txt");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.output()).contains("FSx for Lustre is not mounted at /fsx")
        .contains("mount it first");
    assertThat(r.calls()).doesNotContain("useradd");
  }

  @Test
  void addUsers_fsxRequiredAndMounted_createsTheUsers() throws Exception {
    Files.writeString(dir.resolve("users.txt"), "alice,2001,/fsx/alice\n");
    Files.writeString(dir.resolve("mounted"), "");

    Result r = run(java.util.Map.of("HYPERPOD_PREREQS_REQUIRE_MOUNT", "/fsx"), "add_users.sh",
        "users.txt");

    assertThat(r.code()).isZero();
    assertThat(r.calls()).contains("useradd -m alice --uid 2001 -d /fsx/alice");
  }

  @Test
  void onCreate_withFsx_mountsBeforeAddingUsers() throws Exception {
    Files.writeString(dir.resolve("shared_users.txt"), "alice,2001,/fsx/alice\n");
    Files.writeString(dir.resolve("add_users.sh"),
        LifecycleFiles.content("add_users.sh", null, Optional.empty()));
    Files.writeString(dir.resolve("provisioning_parameters.json"),
        "{\"fsx_dns_name\": \"fs-1.fsx.us-west-2.amazonaws.com\", \"fsx_mountname\": \"abcd1234\"}");
    Result r = run("on_create.sh");
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.calls().indexOf("mount -t lustre")).isGreaterThanOrEqualTo(0)
        .isLessThan(r.calls().indexOf("useradd -m alice"));
    assertThat(r.calls()).contains("fs-1.fsx.us-west-2.amazonaws.com@tcp:/abcd1234");
  }

  @Test
  void onCreate_withoutFsx_addsUsersWithoutMounting() throws Exception {
    Files.writeString(dir.resolve("shared_users.txt"), "alice,2001,/fsx/alice\n");
    Files.writeString(dir.resolve("add_users.sh"),
        LifecycleFiles.content("add_users.sh", null, Optional.empty()));
    Files.writeString(dir.resolve("provisioning_parameters.json"), "{\"version\": \"1.0.0\"}");
    Result r = run("on_create.sh");
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.calls()).doesNotContain("mount").contains("useradd -m alice");
    assertThat(r.output()).contains("no FSx for Lustre configured");
  }
}
