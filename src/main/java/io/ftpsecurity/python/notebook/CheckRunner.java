package io.ftpsecurity.python.notebook;

import io.ftpsecurity.python.analysis.ControlFlow;
import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sonar.plugins.python.api.DjangoViewInfo;
import org.sonar.plugins.python.api.IssueLocation;
import org.sonar.plugins.python.api.LocationInFile;
import org.sonar.plugins.python.api.ProjectPythonVersion;
import org.sonar.plugins.python.api.PythonCheck;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonFile;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVersionUtils;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.caching.CacheContext;
import org.sonar.plugins.python.api.cfg.ControlFlowGraph;
import org.sonar.plugins.python.api.project.configuration.ProjectConfiguration;
import org.sonar.plugins.python.api.symbols.Symbol;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Token;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * Runs subscription checks over one file the way the Python analyzer's own visitor does (it is not exported):
 * each check subscribes to node kinds, then a pre-order walk hands every node to the consumers of its kind, and each
 * check leaves the file ({@code leaveFile}).
 * <p>
 * {@link SubscriptionContext} grows with the analyzer: this class is compiled against the newest we support and
 * loaded by the oldest too, so it answers with what every supported analyzer exports. Where the oldest has no
 * {@link PythonVisitorContext} method to hand on, it answers itself: the graph and the reaching values come from
 * {@link ControlFlow}, as for every rule; a notebook is main code, not a Django view, and has no live-variable
 * analysis (none of our rules asks for one). Four methods name classes the analyzer does not export (type checker,
 * type table, call graph, live variables) in their signatures and return what the visitor context returns, or null:
 * the JVM resolves a class named in a signature only when it has to check a value against it, and passing a value on
 * with the very same declared type needs no such check, so these classes are never loaded through our plugin's class
 * loader (ExportedApiOnlyTest allows exactly these signatures, in this class only).
 */
public final class CheckRunner {

  private final PythonVisitorContext visitorContext;
  private final Map<Tree.Kind, List<Subscription>> subscriptions = new EnumMap<>(Tree.Kind.class);
  private final List<PreciseIssue> issues = new ArrayList<>();

  private CheckRunner(PythonVisitorContext visitorContext) {
    this.visitorContext = visitorContext;
  }

  /** The issues the checks raise on the file; a check that throws is left to the caller. */
  public static List<PreciseIssue> run(PythonVisitorContext visitorContext, List<? extends PythonSubscriptionCheck> checks) {
    CheckRunner runner = new CheckRunner(visitorContext);
    for (PythonSubscriptionCheck check : checks) {
      check.initialize((kind, consumer) -> runner.subscriptions.computeIfAbsent(kind, k -> new ArrayList<>())
        .add(new Subscription(check, consumer)));
    }
    runner.walk(visitorContext.rootTree());
    checks.forEach(PythonSubscriptionCheck::leaveFile);
    return runner.issues;
  }

  private void walk(Tree tree) {
    for (Subscription subscription : subscriptions.getOrDefault(tree.getKind(), List.of())) {
      subscription.consumer().accept(new Context(subscription.check(), tree));
    }
    for (Tree child : tree.children()) {
      if (child != null) {
        walk(child);
      }
    }
  }

  private record Subscription(PythonCheck check, Consumer<SubscriptionContext> consumer) {
  }

  /** What a check sees while it visits one node. */
  private final class Context implements SubscriptionContext {
    private final PythonCheck check;
    private final Tree node;

    Context(PythonCheck check, Tree node) {
      this.check = check;
      this.node = node;
    }

    @Override
    public Tree syntaxNode() {
      return node;
    }

    private PreciseIssue add(IssueLocation location) {
      PreciseIssue issue = new PreciseIssue(check, location);
      issues.add(issue);
      return issue;
    }

    @Override
    public PreciseIssue addIssue(Tree element, String message) {
      return add(IssueLocation.preciseLocation(element, message));
    }

    @Override
    public PreciseIssue addIssue(LocationInFile location, String message) {
      return add(IssueLocation.preciseLocation(location, message));
    }

    @Override
    public PreciseIssue addIssue(Token token, String message) {
      return add(IssueLocation.preciseLocation(token, message));
    }

    @Override
    public PreciseIssue addIssue(Token from, Token to, String message) {
      return add(IssueLocation.preciseLocation(from, to, message));
    }

    @Override
    public PreciseIssue addFileIssue(String message) {
      return add(IssueLocation.atFileLevel(message));
    }

    @Override
    public PreciseIssue addLineIssue(String message, int line) {
      return add(IssueLocation.atLineLevel(message, line, visitorContext.pythonFile()));
    }

    @Override
    public PythonFile pythonFile() {
      return visitorContext.pythonFile();
    }

    @Override
    public boolean isLikelyTestFile() {
      return false;
    }

    @Override
    public Set<PythonVersionUtils.Version> sourcePythonVersions() {
      return ProjectPythonVersion.currentVersions();
    }

    @Override
    public Collection<Symbol> stubFilesSymbols() {
      return visitorContext.stubFilesSymbols();
    }

    @Override
    public File workingDirectory() {
      return visitorContext.workingDirectory();
    }

    @Override
    public CacheContext cacheContext() {
      return visitorContext.cacheContext();
    }

    @Override
    public org.sonar.python.types.v2.TypeChecker typeChecker() {
      return visitorContext.typeChecker();
    }

    @Override
    public org.sonar.python.semantic.v2.typetable.TypeTable typeTable() {
      return visitorContext.typeTable();
    }

    @Override
    public ProjectConfiguration projectConfiguration() {
      return visitorContext.projectConfiguration();
    }

    @Override
    public org.sonar.python.semantic.v2.callgraph.CallGraph callGraph() {
      return visitorContext.callGraph();
    }

    @Override
    public ControlFlowGraph cfg(Tree tree) {
      return ControlFlow.graph(tree, this);
    }

    @Override
    public org.sonar.python.cfg.fixpoint.LiveVariablesAnalysis lva(Tree tree) {
      return null;
    }

    @Override
    public Set<Expression> valuesAtLocation(Name name) {
      return ControlFlow.valuesAtLocation(name, this);
    }

    @Override
    public Optional<DjangoViewInfo> getDjangoViewInfo(String name) {
      return Optional.empty();
    }
  }
}
