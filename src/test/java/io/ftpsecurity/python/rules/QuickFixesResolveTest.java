package io.ftpsecurity.python.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import io.ftpsecurity.testing.QuickFixVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;

/**
 * Every quick fix any rule offers on any check file, not only those the rules' quick-fix tests pin: applied alone, it
 * leaves code that parses, without the issue and without a new one. The dedicated tests assert the exact edits.
 */
class QuickFixesResolveTest {

  private static final AtomicInteger FIXES = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> every_fix_on_every_check_file_resolves_its_issue() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(PythonCheckVerifier.CHECK_RESOURCES)) {
      files = listing.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      QuickFixVerifier verifier = QuickFixVerifier.ofAllRules(file);
      for (PreciseIssue issue : verifier.issues()) {
        for (PythonQuickFix fix : issue.quickFixes()) {
          verifier.assertResolves(issue, fix);
          FIXES.incrementAndGet();
        }
      }
    }));
  }

  @AfterAll
  static void some_fixes_were_checked() {
    System.out.println("QuickFixesResolveTest: " + FIXES.get() + " fixes checked");
    assertThat(FIXES.get()).isGreaterThan(40);
  }
}
