package io.ftpsecurity.python.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.NotebookRunner;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.python.api.IssueLocation;

class FtpHardcodedCredentialsCheckTest {

  @Test
  void reports_passwords_written_in_the_code() {
    PythonCheckVerifier.verify("FtpHardcodedCredentials.py", new FtpHardcodedCredentialsCheck());
  }

  @Test
  void optionally_imported_ftp_tls() {
    PythonCheckVerifier.verify("FtpHardcodedCredentials_optional_import.py", new FtpHardcodedCredentialsCheck());
  }


  @Test
  void stays_silent_and_never_throws_on_odd_code() {
    PythonCheckVerifier.verifyNoIssue("FtpHardcodedCredentials_robustness.py", new FtpHardcodedCredentialsCheck());
    PythonCheckVerifier.verifyNoIssue("FtpHardcodedCredentials_python2.py", new FtpHardcodedCredentialsCheck());
  }

  /**
   * In a notebook the source sits escaped inside JSON strings: a password inside a URL is pinpointed only when the
   * literal needs no escaping there, otherwise the whole literal is reported.
   */
  @Test
  void notebook_locations_point_at_the_password_in_the_ipynb_file() throws IOException {
    Path notebook = PythonCheckVerifier.CHECK_RESOURCES.resolve("FtpHardcodedCredentials_notebook.ipynb");
    List<String> lines = Files.readAllLines(notebook);
    List<String> reported = NotebookRunner.issues(notebook, new FtpHardcodedCredentialsCheck()).stream()
      .map(issue -> {
        IssueLocation location = issue.primaryLocation();
        assertThat(location.endLine()).isEqualTo(location.startLine());
        return location.startLine() + ": "
          + lines.get(location.startLine() - 1).substring(location.startLineOffset(), location.endLineOffset());
      })
      .toList();
    assertThat(reported).containsExactly(
      "13: \\\"s3cret!\\\"",
      "14: 's3cret!'",
      "15: s3cret!",
      "16: \\\"ftp://deploy:s3cret!@files.example.com/report.csv\\\"");
  }

  @Test
  void passwords_given_to_third_party_ftp_and_ssh_clients() {
    PythonCheckVerifier.verify("FtpHardcodedCredentials_libraries.py", new FtpHardcodedCredentialsCheck());
  }
}
