package io.ftpsecurity.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.plugins.python.GeneratedIPythonFile;
import org.sonar.plugins.python.IpynbNotebookParser;
import org.sonar.plugins.python.PythonInputFile;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.python.SubscriptionVisitor;
import org.sonar.python.TestPythonVisitorRunner;
import org.sonar.python.caching.CacheContextImpl;
import org.sonar.python.semantic.ProjectLevelSymbolTable;

/**
 * Runs checks on a Jupyter notebook the way the Python analyzer does: the notebook's code cells become one Python
 * file whose tokens carry their positions in the .ipynb JSON, so reported locations are notebook locations.
 */
public final class NotebookRunner {

  private NotebookRunner() {
  }

  public static List<PreciseIssue> issues(Path notebook, PythonSubscriptionCheck... checks) throws IOException {
    String json = Files.readString(notebook, StandardCharsets.UTF_8);
    PythonInputFile input = () -> inputFile(notebook, json);
    GeneratedIPythonFile generated = IpynbNotebookParser.parseNotebook(input).orElseThrow();
    PythonVisitorContext context = TestPythonVisitorRunner.createNotebookContext(notebook.toFile(),
      generated.locationMap(), generated.contents(), "", ProjectLevelSymbolTable.empty(), CacheContextImpl.dummyCache());
    if (context.parsingException() != null) {
      throw new IllegalStateException("Notebook does not parse: " + notebook, context.parsingException());
    }
    SubscriptionVisitor.analyze(List.of(checks), context);
    return context.getIssues();
  }

  /** The few InputFile methods the notebook parser reads. */
  private static InputFile inputFile(Path notebook, String json) {
    return (InputFile) Proxy.newProxyInstance(NotebookRunner.class.getClassLoader(), new Class<?>[] {InputFile.class},
      (proxy, method, args) -> switch (method.getName()) {
        case "contents" -> json;
        case "inputStream" -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        case "charset" -> StandardCharsets.UTF_8;
        case "filename" -> notebook.getFileName().toString();
        case "uri" -> notebook.toUri();
        case "toString" -> notebook.toString();
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> throw new UnsupportedOperationException(method.getName());
      });
  }
}
