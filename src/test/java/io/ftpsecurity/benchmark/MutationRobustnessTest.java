package io.ftpsecurity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CI-sized mutation run: damaged variants of files that use ftplib or ssl (the checked-in corpus, the check
 * files, and the stdlib's own when python3 is there), drawn from a fixed seed. No rule may throw on a variant
 * the frontend parses. {@code bin/benchmark --full} runs thousands of variants.
 */
class MutationRobustnessTest {

  private static final int VARIANTS = 500;

  @Test
  void no_rule_throws_on_damaged_code() {
    List<SourceFile> sources = new ArrayList<>(Corpus.load(Corpus.CHECKED_IN));
    sources.addAll(Corpus.load(PythonCheckVerifier.CHECK_RESOURCES));
    Corpus.pythonStdlib().ifPresent(stdlib -> Corpus.usingFtpOrSsl(Corpus.load(stdlib)).stream()
      .filter(file -> file.lines() <= CorpusRobustnessTest.MAX_LINES)
      .forEach(sources::add));

    Robustness.Report report = Robustness.onMutants(sources, VARIANTS, CorpusRobustnessTest.SEED);
    System.out.println(report.summary());

    assertThat(report.failures()).as(report.summary()).isEmpty();
    assertThat(report.parsed()).as("enough variants parse for the run to mean something: " + report.summary())
      .isGreaterThan(VARIANTS / 5);
  }

  @Test
  void mutations_are_deterministic_and_damage_the_code() {
    String source = "import ftplib\nftp = ftplib.FTP_TLS(host, context=ctx)\nftp.login(user, pw)\nftp.prot_p()\n";
    for (Mutator.Kind kind : Mutator.Kind.values()) {
      String first = new Mutator(7).apply(kind, source);
      assertThat(new Mutator(7).apply(kind, source)).as(kind.name()).isEqualTo(first);
      assertThat(first).as(kind.name()).isNotEqualTo(source);
    }
  }
}
