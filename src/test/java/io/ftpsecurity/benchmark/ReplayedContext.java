package io.ftpsecurity.benchmark;

import java.io.File;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.python.api.DjangoViewInfo;
import org.sonar.plugins.python.api.LocationInFile;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonFile;
import org.sonar.plugins.python.api.PythonVersionUtils;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.caching.CacheContext;
import org.sonar.plugins.python.api.cfg.ControlFlowGraph;
import org.sonar.plugins.python.api.project.configuration.ProjectConfiguration;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Token;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.python.cfg.fixpoint.LiveVariablesAnalysis;
import org.sonar.python.semantic.v2.callgraph.CallGraph;
import org.sonar.python.semantic.v2.typetable.TypeTable;
import org.sonar.python.types.v2.TypeChecker;

/**
 * The context of one recorded visit ({@link RecordedWalk}): the analyzer's context of that consumer, whose node is
 * the walk's current one, so it is pinned here to the node of the visit; everything else is the analyzer's (issues
 * go to the file's issues, as in the walk).
 */
final class ReplayedContext implements SubscriptionContext {

  private final SubscriptionContext walk;
  private final Tree node;

  ReplayedContext(SubscriptionContext walk, Tree node) {
    this.walk = walk;
    this.node = node;
  }

  @Override
  public Tree syntaxNode() {
    return node;
  }

  @Override
  public PreciseIssue addIssue(Tree element, String message) {
    return walk.addIssue(element, message);
  }

  @Override
  public PreciseIssue addIssue(LocationInFile location, String message) {
    return walk.addIssue(location, message);
  }

  @Override
  public PreciseIssue addIssue(Token token, String message) {
    return walk.addIssue(token, message);
  }

  @Override
  public PreciseIssue addIssue(Token from, Token to, String message) {
    return walk.addIssue(from, to, message);
  }

  @Override
  public PreciseIssue addFileIssue(String message) {
    return walk.addFileIssue(message);
  }

  @Override
  public PreciseIssue addLineIssue(String message, int line) {
    return walk.addLineIssue(message, line);
  }

  @Override
  public PythonFile pythonFile() {
    return walk.pythonFile();
  }

  @Override
  public boolean isLikelyTestFile() {
    return walk.isLikelyTestFile();
  }

  @Override
  public Set<PythonVersionUtils.Version> sourcePythonVersions() {
    return walk.sourcePythonVersions();
  }

  @Override
  public Collection<Symbol> stubFilesSymbols() {
    return walk.stubFilesSymbols();
  }

  @Override
  public File workingDirectory() {
    return walk.workingDirectory();
  }

  @Override
  public CacheContext cacheContext() {
    return walk.cacheContext();
  }

  @Override
  public TypeChecker typeChecker() {
    return walk.typeChecker();
  }

  @Override
  public TypeTable typeTable() {
    return walk.typeTable();
  }

  @Override
  public ProjectConfiguration projectConfiguration() {
    return walk.projectConfiguration();
  }

  @Override
  public CallGraph callGraph() {
    return walk.callGraph();
  }

  @Override
  public ControlFlowGraph cfg(Tree tree) {
    return walk.cfg(tree);
  }

  @Override
  public LiveVariablesAnalysis lva(Tree tree) {
    return walk.lva(tree);
  }

  @Override
  public Set<Expression> valuesAtLocation(Name name) {
    return walk.valuesAtLocation(name);
  }

  @Override
  public Optional<DjangoViewInfo> getDjangoViewInfo(String fullyQualifiedName) {
    return walk.getDjangoViewInfo(fullyQualifiedName);
  }
}
