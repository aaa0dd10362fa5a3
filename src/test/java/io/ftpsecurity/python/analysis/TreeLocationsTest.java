package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.IssueLocation;
import org.sonar.plugins.python.api.LocationInFile;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.Tree;

/** The locations are those python-frontend gives an issue on the same tree, line breaks in the last token or not. */
class TreeLocationsTest {

  @TempDir
  Path folder;

  @Test
  void locations_are_the_frontends() throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), """
      f("ftp://host/a")
      g(x, '''first
      second''')
      h(\"\"\"one\r\ntwo\rthree\"\"\", y)
      """);
    List<String> ours = new ArrayList<>();
    List<String> frontends = new ArrayList<>();
    PythonSubscriptionCheck collector = new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          LocationInFile location = TreeLocations.of(ctx.syntaxNode());
          ours.add(location.startLine() + ":" + location.startLineOffset() + "-" + location.endLine() + ":" + location.endLineOffset());
          IssueLocation expected = IssueLocation.preciseLocation(ctx.syntaxNode(), null);
          frontends.add(expected.startLine() + ":" + expected.startLineOffset() + "-" + expected.endLine() + ":" + expected.endLineOffset());
          assertThat(location.fileId()).isNull();
        });
      }
    };
    PythonCheckVerifier.analyze(file.toFile(), collector);
    assertThat(ours).hasSize(3).isEqualTo(frontends);
    assertThat(ours.get(1)).isEqualTo("2:0-3:10");
  }
}
