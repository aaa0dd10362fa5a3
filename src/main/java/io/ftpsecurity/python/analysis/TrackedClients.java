package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.analysis.DataChannelProtection.Outcome;
import io.ftpsecurity.python.analysis.SubclassOverrides.Effect;
import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.ProcessExitApi;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.AnyParameter;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Parameter;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.types.v2.PythonType;

/**
 * The FTP_TLS clients the data-channel analysis of one file tracks, and what their methods do:
 * <ul>
 *   <li>creations of FTP_TLS or of a subclass whose overrides {@link SubclassOverrides} can summarise;</li>
 *   <li>clients returned by a helper of the file (a module function or a method of the same class, followed to
 *   {@link #MAX_HELPER_DEPTH} calls deep): the call gives the state every {@code return} of the helper leaves its
 *   client in, when all of them agree (all in clear text, or all protected);</li>
 *   <li>clients a class keeps in an attribute ({@code self.ftps}) that every method of the class but {@code __init__}
 *   only uses through ftplib methods other than {@code prot_p()}: within a method, such an attribute is followed from
 *   its creation there like a local name.</li>
 * </ul>
 * Create one per file: the summaries and the outcome of each analysed scope are kept until the file ends, so that
 * each scope is analysed once however many callers it has.
 */
public final class TrackedClients {

  /** Helpers within helpers followed before giving up (silent). */
  static final int MAX_HELPER_DEPTH = 3;

  /**
   * Where a tracked client starts: the key the analysis tracks it by (the call itself, or the first creation of the
   * same attribute in the method), its state just after the call, and the FTP_TLS creations whose class it has.
   */
  record Seed(CallExpression key, Set<Tree> initial, List<CallExpression> creations, boolean inAttribute) {
  }

  private final SubscriptionContext context;
  private final LocalDefinitions definitions;
  private final SubclassOverrides overrides = new SubclassOverrides();
  private final Map<CallExpression, Optional<Seed>> seeds = new IdentityHashMap<>();
  private final Map<FunctionDef, Optional<Seed>> helperSeeds = new IdentityHashMap<>();
  private final Map<Tree, Optional<Outcome>> outcomes = new IdentityHashMap<>();
  private final Map<ClassDef, Map<String, Optional<List<CallExpression>>>> attributes = new IdentityHashMap<>();
  private final Set<FunctionDef> helpersInProgress = new HashSet<>();
  private final Map<PythonType, Boolean> endsProcess = new IdentityHashMap<>();
  /** The calls noted so far ({@link #noteCall}), and which of them create FTP_TLS. */
  private final List<CallExpression> noted = new ArrayList<>();
  private final BitSet creations = new BitSet();
  /** The file's calls that may start a client, sorted from the calls noted when first asked for. */
  private FileCalls calls;

  /**
   * The calls of a file that may start a client, in the order the analyzer's walk visits them ({@link #noteCall}), each
   * with its scope: the nearest function, lambda or module body around it (class bodies belong to the body around
   * them). Each call is classified once: a creation of FTP_TLS, else (only in a file that creates one: no helper returns
   * a client otherwise) a call of a function of the file. Every other call starts nothing, and is not kept. Grouped by
   * scope only when a scope is analysed.
   */
  static final class FileCalls {
    /** The candidates in walk order; true for the creations, false for the calls of the file's functions. */
    private final Map<CallExpression, Boolean> candidates = new IdentityHashMap<>();
    private final List<CallExpression> ordered = new ArrayList<>();
    private final List<Tree> scopes = new ArrayList<>();
    private Map<Tree, List<CallExpression>> byScope;

    private FileCalls(List<CallExpression> noted, BitSet creations, LocalDefinitions definitions) {
      if (creations.isEmpty()) {
        return;
      }
      LocalDefinitions.FunctionNames functionNames = definitions.functionNames(noted.get(0));
      for (int i = 0; i < noted.size(); i++) {
        CallExpression call = noted.get(i);
        boolean creation = creations.get(i);
        if (creation || functionNames.mayName(call) && definitions.calledFunction(call).isPresent()) {
          candidates.put(call, creation);
          ordered.add(call);
          scopes.add(scopeOf(call));
        }
      }
    }

    /** The nearest function or lambda around the call, else the module. */
    private static Tree scopeOf(CallExpression call) {
      Tree current = call.parent();
      while (current.parent() != null && !(current instanceof FunctionDef) && !(current instanceof LambdaExpression)) {
        current = current.parent();
      }
      return current;
    }

    /** Whether the file creates an FTP_TLS client: without one, nothing starts a client. */
    boolean createsFtpTls() {
      return !ordered.isEmpty();
    }

    /** The calls that may start a client, in walk order. */
    List<CallExpression> all() {
      return ordered;
    }

    /** The scope of the i-th call of {@link #all()}. */
    Tree scopeOf(int i) {
      return scopes.get(i);
    }

    /** The calls that may start a client whose scope is this one. */
    List<CallExpression> in(Tree scope) {
      if (byScope == null) {
        byScope = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
          byScope.computeIfAbsent(scopes.get(i), s -> new ArrayList<>()).add(ordered.get(i));
        }
      }
      return byScope.getOrDefault(scope, List.of());
    }

    /** Null when the call starts nothing; else whether it is a creation. */
    @Nullable
    Boolean kindOf(CallExpression call) {
      return candidates.get(call);
    }
  }

  public TrackedClients(SubscriptionContext context, LocalDefinitions definitions) {
    this.context = context;
    this.definitions = definitions;
  }

  SubscriptionContext context() {
    return context;
  }

  /** The analysis of one scope, done once; null when it gave up or the scope has no graph. */
  @Nullable
  Outcome outcomeOf(Tree scope) {
    return outcomes.computeIfAbsent(scope, s -> Optional.ofNullable(DataChannelProtection.analyse(s, this, DataChannelProtection.MAX_STEPS_PER_SCOPE)))
      .orElse(null);
  }

  /**
   * Notes a call of the file, as the analyzer's walk visits it: the creations of FTP_TLS, and the calls that may be of
   * a function of the file ({@link LocalDefinitions#calledFunction} resolves only a name or {@code name.method}).
   * Every call must be noted before the first scope is analysed.
   */
  public void noteCall(CallExpression call) {
    if (CallKinds.createsFtpTls(call, context)) {
      creations.set(noted.size());
      noted.add(call);
    } else if (call.callee() instanceof Name || call.callee() instanceof QualifiedExpression method && method.qualifier() instanceof Name) {
      noted.add(call);
    }
  }

  /** The calls of the file that may start a client, from the calls noted. */
  FileCalls calls() {
    if (calls == null) {
      calls = new FileCalls(noted, creations, definitions);
    }
    return calls;
  }

  /** Whether the file creates an FTP_TLS client, from the calls noted: without one, nothing starts a client. */
  public boolean createsFtpTls() {
    return !creations.isEmpty();
  }

  /**
   * The classes around the file's creations, outermost first, in source order: only they can keep a client in an
   * attribute that their methods create.
   */
  public List<ClassDef> classesAroundCreations() {
    Set<ClassDef> classes = new LinkedHashSet<>();
    for (int i = creations.nextSetBit(0); i >= 0; i = creations.nextSetBit(i + 1)) {
      for (Tree current = noted.get(i).parent(); current != null; current = current.parent()) {
        if (current instanceof ClassDef classDef) {
          classes.add(classDef);
        }
      }
    }
    List<ClassDef> sorted = new ArrayList<>(classes);
    sorted.sort(SourceOrder::compare);
    return sorted;
  }

  /**
   * Whether a call of {@link FileCalls#in} may start a client: {@link #seedOf} once it is known (a helper may return
   * none), else true (without summarising the helper).
   */
  boolean mayStartClient(CallExpression call) {
    Optional<Seed> known = seeds.get(call);
    return known == null || known.isPresent();
  }

  /** The client a call starts, if it starts one the analysis can follow. */
  Optional<Seed> seedOf(CallExpression call) {
    Boolean creation = calls().kindOf(call);
    if (creation == null) {
      return Optional.empty();
    }
    Optional<Seed> known = seeds.get(call);
    if (known == null) {
      known = creation ? creationSeed(call) : helperSeed(call);
      // a helper given up for depth may be followed from a shallower caller: not kept
      if (known.isPresent() || helpersInProgress.isEmpty()) {
        seeds.put(call, known);
      }
    }
    return known;
  }

  /**
   * Whether calling the callee ends the process ({@link ProcessExitApi#ENDS_PROCESS}), kept per type for the file: the
   * analysis asks for every call statement of the scopes it analyses, and most call the same few functions.
   */
  boolean endsProcess(Expression callee) {
    PythonType type = callee.typeV2();
    Boolean ends = endsProcess.get(type);
    if (ends == null) {
      ends = ProcessExitApi.ENDS_PROCESS.isTrueFor(callee, context);
      endsProcess.put(type, ends);
    }
    return ends;
  }

  /** What calling a method does to the data channel of the clients of these creations; UNKNOWN when they differ. */
  Effect effectOf(List<CallExpression> creations, String method) {
    Effect effect = null;
    for (CallExpression creation : creations) {
      Effect own = overrides.effectOf(creation, method);
      if (effect != null && effect != own) {
        return Effect.UNKNOWN;
      }
      effect = own;
    }
    return effect == null ? Effect.UNKNOWN : effect;
  }

  /** The key of the client that {@code self.attr} holds in this method, when the class's attribute is followed. */
  Optional<CallExpression> attributeClient(QualifiedExpression attribute) {
    FunctionDef method = enclosingMethod(attribute);
    if (method == null || !isSelf(attribute.qualifier(), method)) {
      return Optional.empty();
    }
    ClassDef owner = (ClassDef) method.parent().parent();
    return followedAttribute(owner, attribute.name().name())
      .flatMap(creations -> creations.stream().filter(creation -> enclosingMethod(creation) == method).findFirst());
  }

  /**
   * The creations of a class's attribute when it is followed: every value the class assigns to it, in its methods, is
   * a creation the analysis follows, and outside {@code __init__} the class only calls ftplib methods on it that do
   * not protect the channel. Empty otherwise.
   */
  public Optional<List<CallExpression>> followedAttribute(ClassDef owner, String attribute) {
    return attributes.computeIfAbsent(owner, c -> new HashMap<>()).computeIfAbsent(attribute, name -> {
      List<CallExpression> creations = new ArrayList<>();
      for (Expression value : definitions.attributeValues(owner).getOrDefault(name, List.of())) {
        if (!(value instanceof CallExpression creation && FtpClients.createsFtpTls(creation, context)
          && enclosingMethod(creation) != null && trackable(creation))) {
          return Optional.empty();
        }
        creations.add(creation);
      }
      boolean usedOnlyThroughFtplib = definitions.usesOf(owner, name).stream()
        .allMatch(use -> isInInit(use) || leavesUnprotected(use, creations));
      return creations.isEmpty() || !usedOnlyThroughFtplib ? Optional.empty() : Optional.of(List.copyOf(creations));
    });
  }

  /** Whether the tree is in the {@code __init__} of its class. */
  public static boolean isInInit(Tree tree) {
    FunctionDef method = enclosingMethod(tree);
    return method != null && FtplibApi.INIT_METHOD.equals(method.name().name());
  }

  /** The method of a class, directly in its body, that holds the tree (through nested functions). */
  @Nullable
  static FunctionDef enclosingMethod(Tree tree) {
    FunctionDef method = null;
    for (Tree current = tree.parent(); current != null; current = current.parent()) {
      if (current instanceof FunctionDef function) {
        method = function;
      } else if (current instanceof ClassDef) {
        return method != null && method.parent() != null && method.parent().parent() == current ? method : null;
      }
    }
    return null;
  }

  /** The first parameter of the method, read as such. */
  private static boolean isSelf(Expression expression, FunctionDef method) {
    Parameter self = firstParameter(method);
    return expression instanceof Name name && name.symbol() != null && self != null
      && self.name() != null && self.name().symbol() == name.symbol();
  }

  /**
   * The first of the function's parameters that is not a tuple ({@code ParameterList.nonTuple()}, whose list is built
   * anew by a stream on every call, and this is asked for every attribute use).
   */
  @Nullable
  static Parameter firstParameter(FunctionDef function) {
    if (function.parameters() != null) {
      for (AnyParameter parameter : function.parameters().all()) {
        if (parameter instanceof Parameter first) {
          return first;
        }
      }
    }
    return null;
  }

  /**
   * A use of the attribute that cannot protect its client: an assignment, or a call of an ftplib method other than
   * {@code prot_p()}.
   */
  public boolean leavesUnprotected(QualifiedExpression use, List<CallExpression> creations) {
    if (isAssigned(use)) {
      return true;
    }
    if (!(use.parent() instanceof QualifiedExpression method && method.qualifier() == use
      && method.parent() instanceof CallExpression call && call.callee() == method)) {
      return false;
    }
    String name = method.name().name();
    return !FtplibApi.PROT_P.equals(name) && effectOf(creations, name) == Effect.FTPLIB;
  }

  private static boolean isAssigned(QualifiedExpression attribute) {
    return attribute.parent() instanceof ExpressionList targets && targets.parent() instanceof AssignmentStatement assignment
      && assignment.lhsExpressions().contains(targets);
  }

  /** A creation whose constructor, login and transfer plumbing the analysis can tell the effects of. */
  private boolean trackable(CallExpression creation) {
    for (String method : FtplibApi.IMPLICITLY_CALLED_METHODS) {
      if (overrides.effectOf(creation, method) == Effect.UNKNOWN) {
        return false;
      }
    }
    return true;
  }

  private Optional<Seed> creationSeed(CallExpression creation) {
    if (!trackable(creation)) {
      return Optional.empty();
    }
    Optional<CallExpression> attributeKey = Optional.empty();
    if (creation.parent() instanceof AssignmentStatement assignment && assignment.assignedValue() == creation
      && assignment.lhsExpressions().size() == 1 && assignment.lhsExpressions().get(0).expressions().size() == 1
      && assignment.lhsExpressions().get(0).expressions().get(0) instanceof QualifiedExpression attribute) {
      attributeKey = attributeClient(attribute);
    }
    return Optional.of(new Seed(attributeKey.orElse(creation), protectsOnCreation(creation) ? Set.of() : Set.of(creation),
      List.of(creation), attributeKey.isPresent()));
  }

  /**
   * A constructor that protects the channel itself, or that may call a {@code connect} or {@code login} that does:
   * FTP_TLS's own constructor connects when given a host and logs in when given a user.
   */
  private boolean protectsOnCreation(CallExpression creation) {
    if (overrides.effectOf(creation, FtplibApi.INIT_METHOD) == Effect.PROTECTS) {
      return true;
    }
    // an overridden constructor may pass anything on
    boolean ownInit = overrides.runsFtplibMethod(creation, FtplibApi.INIT_METHOD);
    boolean mayConnect = !ownInit || !(CallArguments.bindingOf(creation, 0, FtplibApi.CONSTRUCTOR_HOST_KEYWORD) instanceof CallArguments.Absent);
    boolean mayLogin = !ownInit || !(CallArguments.bindingOf(creation, FtplibApi.CONSTRUCTOR_USER_POSITION,
      FtplibApi.CONSTRUCTOR_USER_KEYWORD) instanceof CallArguments.Absent);
    return mayConnect && overrides.effectOf(creation, FtplibApi.CONNECT) == Effect.PROTECTS
      || mayLogin && overrides.effectOf(creation, FtplibApi.LOGIN) == Effect.PROTECTS;
  }

  private Optional<Seed> helperSeed(CallExpression call) {
    Optional<FunctionDef> helper = definitions.calledFunction(call);
    if (helper.isEmpty()) {
      return Optional.empty();
    }
    FunctionDef function = helper.get();
    Optional<Seed> known = helperSeeds.get(function);
    if (known != null) {
      return known.map(summary -> seedOfCall(call, summary));
    }
    if (helpersInProgress.contains(function) || helpersInProgress.size() >= MAX_HELPER_DEPTH || !mayReturnClients(function)) {
      return Optional.empty();
    }
    helpersInProgress.add(function);
    Optional<Seed> summary = HelperReturns.summarise(function, this, definitions);
    helpersInProgress.remove(function);
    helperSeeds.put(function, summary);
    return summary.map(found -> seedOfCall(call, found));
  }

  /** The helper's summary as seen from one call of it: the call is the key and the cause. */
  private static Seed seedOfCall(CallExpression call, Seed summary) {
    return new Seed(call, summary.initial().isEmpty() ? Set.of() : Set.of(call), summary.creations(), false);
  }

  /** Every return value is a creation or a call of a helper, directly or through a name: worth analysing. */
  private boolean mayReturnClients(FunctionDef function) {
    return definitions.returnValues(function)
      .filter(values -> !values.isEmpty() && values.stream().allMatch(value -> FtpClients.creationOf(value, context)
        .filter(call -> calls().kindOf(call) != null).isPresent()))
      .isPresent();
  }
}
