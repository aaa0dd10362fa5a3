package io.ftpsecurity.ruling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java side of the ruling without a download: a small project written here, its classpath the test's own
 * Commons Net jar, goes through {@link JavaRulesRunner} and the same comparison as the Python side.
 */
class JavaRulingTest {

  @TempDir
  Path root;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @Test
  void finds_a_cleartext_client_with_its_message_and_compares_it() throws IOException {
    Path project = root.resolve("cache/sample");
    Path source = project.resolve("src/demo/Upload.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
      package demo;
      import org.apache.commons.net.ftp.FTPClient;
      class Upload {
        void send() throws Exception {
          FTPClient ftp = new FTPClient();
          ftp.connect("files.example.com");
          ftp.login("user", System.getenv("FTP_PASSWORD"));
        }
      }
      """);
    String commonsNet = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
      .filter(jar -> jar.contains("commons-net")).findFirst().orElseThrow();
    Files.writeString(project.resolve(MavenSources.CLASSPATH), commonsNet + "\n");
    Files.createDirectories(root.resolve("java"));
    Files.writeString(root.resolve("java/projects.txt"), "demo:sample=1.0 ci\n");
    var side = new Ruling.Side("java", p -> project, new JavaRulesRunner());

    assertThat(run(side, "--update")).isTrue();
    ExpectedFile written = ExpectedFile.read(root.resolve("java/demo_sample.json"));
    assertThat(written.project()).isEqualTo("demo:sample=1.0");
    assertThat(written.findings()).extracting(Finding::rule, Finding::file, Finding::line)
      .containsExactly(org.assertj.core.groups.Tuple.tuple("InsecureFtp", "demo/Upload.java", 5));
    assertThat(written.findings().get(0).message()).contains("cleartext FTP client");
    assertThat(run(side)).isTrue();

    Files.writeString(source, Files.readString(source).replace("new FTPClient()", "null"));
    assertThat(run(side)).isFalse();
    assertThat(output()).contains("  - InsecureFtp demo/Upload.java:5 ");
  }

  @Test
  void a_maven_project_is_written_group_artifact_and_a_failed_download_names_it() {
    var maven = new MavenSources(root, "mvn");
    assertThatThrownBy(() -> maven.fetch(new Project("java", "no-group", "1.0", false)))
      .isInstanceOf(RulingException.class).hasMessageContaining("'group:artifact=version'");
    var noMaven = new MavenSources(root, root.resolve("no-such-mvn").toString());
    assertThatThrownBy(() -> noMaven.fetch(new Project("java", "g:a", "1.0", false)))
      .isInstanceOf(RulingException.class).hasMessageStartingWith("cannot run '").hasMessageContaining("g:a=1.0");
  }

  private boolean run(Ruling.Side side, String... args) {
    printed.reset();
    return new Ruling(root, new PrintStream(printed, true, StandardCharsets.UTF_8)).run(List.of(side),
      Ruling.Options.parse(args));
  }

  private String output() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
