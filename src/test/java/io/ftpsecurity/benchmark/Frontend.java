package io.ftpsecurity.benchmark;

import com.sonar.sslr.api.RecognitionException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.tree.BaseTreeVisitor;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.python.tree.TreeUtils;
import org.sonar.python.SubscriptionVisitor;
import org.sonar.python.caching.CacheContextImpl;
import org.sonar.python.parser.PythonParser;
import org.sonar.python.semantic.ProjectLevelSymbolTable;
import org.sonar.python.semantic.v2.typetable.ProjectLevelTypeTable;
import org.sonar.python.semantic.v2.typetable.TypeTable;
import org.sonar.python.tree.PythonTreeMaker;

/**
 * The Python analyzer's per-file work, done the way its scanner does it: parse, build the tree, then the
 * semantic model (symbols, v2 type inference, control-flow graphs) inside {@link PythonVisitorContext.Builder},
 * and finally one {@link SubscriptionVisitor} walk that feeds every check. There is no project-level symbol
 * table (each file is analysed on its own), and one type table is shared by all files, as in a real analysis.
 * Not thread-safe: one instance per thread.
 */
public final class Frontend {

  private final PythonParser parser = PythonParser.create();
  private final ProjectLevelSymbolTable projectSymbols = ProjectLevelSymbolTable.empty();
  private final TypeTable typeTable = new ProjectLevelTypeTable(projectSymbols);

  /** Parse and build the semantic model; throws {@link RecognitionException} when the file does not parse. */
  public PythonVisitorContext analyze(SourceFile file) {
    var root = new PythonTreeMaker().fileInput(parser.parse(file.content()));
    return new PythonVisitorContext.Builder(root, file)
      .packageName("")
      .projectLevelSymbolTable(projectSymbols)
      .typeTable(typeTable)
      .cacheContext(CacheContextImpl.dummyCache())
      .build();
  }

  /**
   * Makes python-frontend compute the reaching definitions of every function now (it does so lazily, on the first
   * {@code valuesAtLocation} in a function), so that a caller can time them apart from the rules that ask.
   */
  public static void computeReachingDefinitions(PythonVisitorContext context) {
    Set<Tree> done = new HashSet<>();
    context.rootTree().accept(new BaseTreeVisitor() {
      @Override
      public void visitName(Name name) {
        Tree function = TreeUtils.firstAncestorOfKind(name, Tree.Kind.FUNCDEF);
        if (function != null && name.usage() != null && !name.usage().isBindingUsage() && done.add(function)) {
          context.valuesAtLocation(name);
        }
      }
    });
  }

  /** The context, or null when the file does not parse. */
  public PythonVisitorContext analyzeOrNull(SourceFile file) {
    try {
      return analyze(file);
    } catch (RecognitionException e) {
      return null;
    }
  }

  /** Runs checks exactly as the analyzer does: one walk, exceptions propagate. */
  public static void runChecks(List<? extends PythonSubscriptionCheck> checks, PythonVisitorContext context) {
    SubscriptionVisitor.analyze(List.copyOf(checks), context);
  }
}
