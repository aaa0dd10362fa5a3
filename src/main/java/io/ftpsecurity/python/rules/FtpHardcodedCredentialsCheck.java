package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.CallArguments;
import io.ftpsecurity.python.analysis.CallKinds;
import io.ftpsecurity.python.analysis.FtpClassResolver;
import io.ftpsecurity.python.analysis.FtpClients;
import io.ftpsecurity.python.analysis.FtpUrls;
import io.ftpsecurity.python.analysis.LibraryLogins;
import io.ftpsecurity.python.analysis.LibraryLogins.Login;
import io.ftpsecurity.python.analysis.LiteralRanges;
import io.ftpsecurity.python.analysis.LocalDefinitions;
import io.ftpsecurity.python.analysis.TreeLocations;
import io.ftpsecurity.python.analysis.ValueResolver;
import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.Parameter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.LocationInFile;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.StringLiteral;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.types.v2.ClassType;
import org.sonar.plugins.python.api.types.v2.FunctionType;
import org.sonar.plugins.python.api.types.v2.PythonType;
import org.sonar.plugins.python.api.types.v2.UnionType;

/**
 * A password written in the code and given to an FTP or SSH client (ftplib, ftputil, aioftp, fsspec, paramiko, pysftp,
 * asyncssh), directly or inside an ftp:// URL.
 */
@Rule(key = "FtpHardcodedCredentials")
public class FtpHardcodedCredentialsCheck extends PythonSubscriptionCheck {

  private static final String SAFER_PLACES = "read it from an environment variable, a secrets manager or an "
    + "encrypted configuration file.";
  static final String MESSAGE = "Do not hard-code this FTP password; " + SAFER_PLACES;
  static final String URL_MESSAGE = "Do not hard-code a password in this FTP URL; " + SAFER_PLACES;
  static final String SSH_MESSAGE = "Do not hard-code this SSH password; " + SAFER_PLACES;
  static final String SECONDARY_MESSAGE = "Password assigned here.";

  private static final Parameter LOGIN_USER = new Parameter(FtplibApi.LOGIN_USER_POSITION, FtplibApi.LOGIN_USER_KEYWORD);
  private static final Parameter LOGIN_PASSWORD = new Parameter(FtplibApi.LOGIN_PASSWORD_POSITION, FtplibApi.LOGIN_PASSWORD_KEYWORD);
  private static final Parameter CONSTRUCTOR_USER =
    new Parameter(FtplibApi.CONSTRUCTOR_USER_POSITION, FtplibApi.CONSTRUCTOR_USER_KEYWORD);
  private static final Parameter CONSTRUCTOR_PASSWORD =
    new Parameter(FtplibApi.CONSTRUCTOR_PASSWORD_POSITION, FtplibApi.CONSTRUCTOR_PASSWORD_KEYWORD);

  private final LocalDefinitions definitions = new LocalDefinitions();

  @Override
  public void initialize(Context context) {
    // initialize() runs once per file
    FtplibMembers members = new FtplibMembers();
    context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
      CallExpression call = (CallExpression) ctx.syntaxNode();
      if (isFtplibLogin(call, members, ctx)) {
        checkFtpPassword(call, LOGIN_USER, LOGIN_PASSWORD, ctx);
      } else if (isFtplibConstructor(call, members, ctx)) {
        checkFtpPassword(call, CONSTRUCTOR_USER, CONSTRUCTOR_PASSWORD, ctx);
      } else {
        checkLibraryLogin(call, ctx);
        Optional<Expression> url = CallKinds.urlArgument(call, ctx);
        if (url.isPresent()) {
          checkUrl(url.get(), CallKinds.urlValue(call, ctx), ctx);
        }
      }
    });
  }

  /** Without a lambda: a capturing one was made for every call of the file, though few are logins. */
  private void checkLibraryLogin(CallExpression call, SubscriptionContext ctx) {
    Optional<Login> found = LibraryLogins.of(call, ctx);
    if (found.isEmpty()) {
      return;
    }
    Login login = found.get();
    if (login.ssh()) {
      checkPassword(call, login.password(), SSH_MESSAGE, ctx);
    } else {
      checkFtpPassword(call, login.user(), login.password(), ctx);
    }
  }

  /** {@code client.login(...)} where login is ftplib's own, known from its type or from the client's creation. */
  private boolean isFtplibLogin(CallExpression call, FtplibMembers members, SubscriptionContext ctx) {
    if (!(call.callee() instanceof QualifiedExpression callee) || !FtplibApi.LOGIN.equals(callee.name().name())
      // FTP.login(client, user, passwd) shifts every argument by one
      || callee.qualifier().typeV2() instanceof ClassType) {
      return false;
    }
    if (FtplibApi.IS_FTP_LOGIN.isTrueFor(callee, ctx) || FtplibApi.IS_FTP_TLS_LOGIN.isTrueFor(callee, ctx)) {
      return true;
    }
    // `with FTP(host) as ftp` and `self.session` leave the client untyped: the creation tells which class it is
    List<CallExpression> creations = FtpClients.creationOf(callee.qualifier(), ctx).map(List::of)
      .orElseGet(() -> FtpClients.attributeCreations(callee.qualifier(), ctx, definitions));
    for (CallExpression creation : creations) {
      if (!(FtpClassResolver.matches(FtplibApi.IS_FTP_CLASS, creation.callee(), ctx) && members.keepsLogin(creation))) {
        return false;
      }
    }
    return !creations.isEmpty();
  }

  private static boolean isFtplibConstructor(CallExpression call, FtplibMembers members, SubscriptionContext ctx) {
    return CallKinds.createsFtpClient(call, ctx) && members.keepsConstructor(call);
  }

  /**
   * Per class, whether it keeps ftplib's login and constructor, for one file: resolving a member walks the class's
   * hierarchy, and every client creation of the file asks it of its class.
   */
  private static final class FtplibMembers {
    private final Map<PythonType, Boolean> login = new IdentityHashMap<>();
    private final Map<PythonType, Boolean> constructor = new IdentityHashMap<>();

    private boolean keepsLogin(CallExpression creation) {
      return keeps(creation, login, FtplibApi.LOGIN, FtplibApi.LOGIN_FQNS);
    }

    private boolean keepsConstructor(CallExpression creation) {
      return keeps(creation, constructor, FtplibApi.INIT, FtplibApi.CONSTRUCTOR_FQNS);
    }

    /** The class the creation instantiates keeps ftplib's implementation of the member. */
    private static boolean keeps(CallExpression creation, Map<PythonType, Boolean> known, String member, Set<String> ftplibFqns) {
      PythonType type = FtpClassResolver.classType(creation.callee());
      if (!(type instanceof ClassType clientClass)) {
        return false;
      }
      Boolean keeps = known.get(clientClass);
      if (keeps == null) {
        keeps = clientClass.resolveMember(member).filter(found -> isFunctionAmong(found, ftplibFqns)).isPresent();
        known.put(clientClass, keeps);
      }
      return keeps;
    }
  }

  /** A function, or a set of overloads (typeshed declares __init__ per Python version), all named in the set. */
  private static boolean isFunctionAmong(PythonType type, Set<String> fqns) {
    if (type instanceof UnionType overloads) {
      return overloads.candidates().stream().allMatch(candidate -> isFunctionAmong(candidate, fqns));
    }
    return type instanceof FunctionType function && fqns.contains(function.fullyQualifiedName());
  }

  private void checkFtpPassword(CallExpression call, Parameter userParameter, Parameter passwordParameter,
    SubscriptionContext ctx) {
    // no user (or an unpacked one that may be anything) means an anonymous login, or none at all
    if (!(CallArguments.bindingOf(call, userParameter) instanceof CallArguments.Passed user)
      || isAnonymous(user.value(), ctx)) {
      return;
    }
    checkPassword(call, passwordParameter, MESSAGE, ctx);
  }

  private void checkPassword(CallExpression call, Parameter passwordParameter, String message, SubscriptionContext ctx) {
    CallArguments.valueOf(call, passwordParameter).ifPresent(password ->
      hardcodedLiteral(password, ctx).ifPresent(literal -> {
        PreciseIssue issue = ctx.addIssue(TreeLocations.of(password), message);
        if (literal != ValueResolver.skipParentheses(password)) {
          issue.secondary(TreeLocations.of(literal), SECONDARY_MESSAGE);
        }
      }));
  }

  private static boolean isAnonymous(Expression user, SubscriptionContext ctx) {
    // resolved once: a name may cost a reaching-definitions lookup
    Expression value = ValueResolver.resolve(user, ctx).orElse(null);
    return value != null && (value.is(Tree.Kind.NONE)
      || ValueResolver.stringValue(value, ctx).filter(FtpHardcodedCredentialsCheck::isAnonymousUser).isPresent());
  }

  private static boolean isAnonymousUser(String user) {
    return user.isEmpty() || FtplibApi.ANONYMOUS_USERS.contains(user.toLowerCase(Locale.ROOT));
  }

  /**
   * The non-empty string literal the expression certainly evaluates to, also through an attribute of the enclosing
   * class that it only ever assigns one literal ({@code PASSWORD = "..."} read as {@code self.PASSWORD}).
   */
  private Optional<StringLiteral> hardcodedLiteral(Expression expression, SubscriptionContext ctx) {
    Expression value = ValueResolver.skipParentheses(expression);
    if (value instanceof QualifiedExpression attribute) {
      List<Expression> stored = definitions.valuesOf(attribute);
      value = stored.size() == 1 ? stored.get(0) : value;
    }
    // resolved once, then read as a string: a name may cost a reaching-definitions lookup
    Optional<Expression> resolved = ValueResolver.resolve(value, ctx);
    return resolved.filter(literal -> ValueResolver.stringValue(literal, ctx).filter(string -> !string.isEmpty()).isPresent())
      .map(StringLiteral.class::cast);
  }

  /** A password in the literal part of an ftp:// URL's user information, also when the rest of the URL is computed. */
  private static void checkUrl(Expression url, Optional<Expression> value, SubscriptionContext ctx) {
    value.flatMap(resolved -> FtpUrls.literalStart(resolved, ctx)).ifPresent(start -> FtpUrls.credentials(start.text())
      .filter(credentials -> credentials.hasPassword() && !isAnonymousUser(credentials.user()))
      .ifPresent(credentials -> {
        StringLiteral literal = start.literal();
        Optional<LocationInFile> password =
          LiteralRanges.rangeOf(literal, credentials.passwordStart(), credentials.passwordEnd());
        if (literal == ValueResolver.skipParentheses(url)) {
          ctx.addIssue(password.orElseGet(() -> TreeLocations.of(literal)), URL_MESSAGE);
        } else {
          ctx.addIssue(TreeLocations.of(url), URL_MESSAGE)
            .secondary(password.orElseGet(() -> TreeLocations.of(literal)), SECONDARY_MESSAGE);
        }
      }));
  }
}
