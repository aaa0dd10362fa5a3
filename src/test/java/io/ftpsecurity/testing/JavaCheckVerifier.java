package io.ftpsecurity.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.plugins.java.api.JavaFileScanner;

/**
 * Runs one Java check on one file of {@code check-resources/java/} with java-checks-testkit, against the real
 * libraries (every jar of the test class path: commons-net, JSch, sshj, MINA SSHD, Spring Integration), and
 * compares what it reports with the file's {@code // Noncompliant} comments: message, range, secondaries.
 */
public final class JavaCheckVerifier {

  public static final Path CHECK_RESOURCES = Path.of("check-resources", "java");
  /** The jars of the test class path: what the check files compile against. */
  public static final List<File> LIBRARIES = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
    .filter(entry -> entry.endsWith(".jar"))
    .map(File::new)
    .toList();
  private static final int JAVA_VERSION = 21;

  private JavaCheckVerifier() {
  }

  /** The file must raise exactly the issues its comments announce, and at least one. */
  public static void verify(String fileName, JavaFileScanner check) {
    verifier(fileName, check).verifyIssues();
  }

  /** The file must raise nothing. */
  public static void verifyNoIssue(String fileName, JavaFileScanner check) {
    verifier(fileName, check).verifyNoIssues();
  }

  private static CheckVerifier verifier(String fileName, JavaFileScanner check) {
    return CheckVerifier.newVerifier()
      .onFile(CHECK_RESOURCES.resolve(fileName).toString())
      .withCheck(check)
      .withClassPath(LIBRARIES)
      .withJavaVersion(JAVA_VERSION);
  }
}
