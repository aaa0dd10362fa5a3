package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.LibraryName;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.types.v2.FunctionType;

/**
 * What one call of the file is, as every rule asks it: the ftplib client it creates (cleartext FTP, FTP_TLS, or a class
 * picked at run time) and the URL it fetches. Every rule visits every call of the file with the same questions; each
 * answer is found once per call, when first asked, for all of them.
 *
 * <p>The answers of one call at a time are kept, per thread (the analyzer may analyse files in parallel), in one
 * record reused from call to call: the rules visit a call one after the other before the walk moves on, and every
 * call of a file would otherwise allocate its own. The record never leaves this class, so a question about another
 * call, asked while an answer is found, cannot make a caller read that call's answers: each answer is stored in the
 * record of its own call once found.
 */
public final class CallKinds {

  private static final ThreadLocal<CallKinds> VISITED = ThreadLocal.withInitial(CallKinds::new);

  private CallExpression call;
  private List<Expression> classChoices;
  private TriBool ftpClass;
  private TriBool ftpTlsClass;
  private Boolean createsFtpTls;
  private Optional<Expression> ftpTlsChoice;
  private Optional<Expression> urlArgument;
  private Optional<Expression> urlValue;
  private Boolean mayNameLibrary;
  private Optional<Expression> fsspecUrlArgument;

  private CallKinds() {
  }

  /** The record of the call, emptied first when it held another call's answers. */
  private static CallKinds of(CallExpression call) {
    CallKinds kinds = VISITED.get();
    if (kinds.call != call) {
      kinds.call = call;
      kinds.classChoices = null;
      kinds.ftpClass = null;
      kinds.ftpTlsClass = null;
      kinds.createsFtpTls = null;
      kinds.ftpTlsChoice = null;
      kinds.urlArgument = null;
      kinds.urlValue = null;
      kinds.mayNameLibrary = null;
      kinds.fsspecUrlArgument = null;
    }
    return kinds;
  }

  /** {@link FtpClassResolver#classChoices} of the callee. */
  public static List<Expression> classChoices(CallExpression call, SubscriptionContext context, LocalDefinitions definitions) {
    List<Expression> choices = of(call).classChoices;
    if (choices == null) {
      choices = FtpClassResolver.classChoices(call.callee(), context, definitions);
      of(call).classChoices = choices;
    }
    return choices;
  }

  /**
   * {@link FtpClients#createsFtpTls}. A callee the frontend types as a function other than FTP_TLS ({@code client.login},
   * {@code ssl.create_default_context}) creates none: two field reads tell it before any type matcher, and most calls of
   * a file are such calls. Kept: four rules and analyses ask it of every call, and the type read and the comparison of
   * names to tell a function cost more than the field read that answers again.
   */
  public static boolean createsFtpTls(CallExpression call, SubscriptionContext context) {
    Boolean creates = of(call).createsFtpTls;
    if (creates == null) {
      creates = !callsFunction(call) && ftpTlsClass(call, context) == TriBool.TRUE;
      of(call).createsFtpTls = creates;
    }
    return creates;
  }

  private static boolean callsFunction(CallExpression call) {
    return call.callee() instanceof QualifiedExpression callee && callee.typeV2() instanceof FunctionType function
      && function.fullyQualifiedName() != null && !FtplibApi.FTP_TLS.equals(function.fullyQualifiedName());
  }

  /** {@link FtpClients#createsPlainFtp}: {@link FtpClassResolver#isPlainFtpClass} of the callee. */
  public static boolean createsPlainFtp(CallExpression call, SubscriptionContext context) {
    return createsFtpClient(call, context) && ftpTlsClass(call, context) == TriBool.FALSE;
  }

  /** The callee is certainly ftplib.FTP or a subclass of it, FTP_TLS included ({@link FtplibApi#IS_FTP_CLASS}). */
  public static boolean createsFtpClient(CallExpression call, SubscriptionContext context) {
    TriBool verdict = of(call).ftpClass;
    if (verdict == null) {
      verdict = FtpClassResolver.evaluate(FtplibApi.IS_FTP_CLASS, call.callee(), context);
      of(call).ftpClass = verdict;
    }
    return verdict == TriBool.TRUE;
  }

  private static TriBool ftpTlsClass(CallExpression call, SubscriptionContext context) {
    TriBool verdict = of(call).ftpTlsClass;
    if (verdict == null) {
      verdict = FtpClassResolver.evaluate(FtplibApi.IS_FTP_TLS_CLASS, call.callee(), context);
      of(call).ftpTlsClass = verdict;
    }
    return verdict;
  }

  /** {@link FtpClients#mayCreateFtpTls}. */
  public static boolean mayCreateFtpTls(CallExpression call, SubscriptionContext context, LocalDefinitions definitions) {
    if (createsFtpTls(call, context)) {
      return true;
    }
    Optional<Expression> choice = of(call).ftpTlsChoice;
    if (choice == null) {
      choice = FtpClients.ftpTlsChoice(call, context, definitions);
      of(call).ftpTlsChoice = choice;
    }
    return choice.isPresent();
  }

  /**
   * {@link LibraryName#mayNameAny} of the callee: asked by every rule that knows a third-party library, before any of
   * the library's names is tried.
   */
  public static boolean mayNameLibrary(CallExpression call) {
    Boolean may = of(call).mayNameLibrary;
    if (may == null) {
      may = LibraryName.mayNameAny(call.callee());
      of(call).mayNameLibrary = may;
    }
    return may;
  }

  /** {@link FtpUrls#urlArgument}. */
  public static Optional<Expression> urlArgument(CallExpression call, SubscriptionContext context) {
    Optional<Expression> url = of(call).urlArgument;
    if (url == null) {
      url = FtpUrls.urlArgument(call, context);
      of(call).urlArgument = url;
    }
    return url;
  }

  /**
   * What the {@link #urlArgument} certainly evaluates to ({@link ValueResolver#resolve}): a name read costs a lookup
   * of its bindings, or of the values reaching it, and the rules reading URLs ask for it on the same call.
   */
  public static Optional<Expression> urlValue(CallExpression call, SubscriptionContext context) {
    Optional<Expression> value = of(call).urlValue;
    if (value == null) {
      Optional<Expression> url = urlArgument(call, context);
      value = url.isPresent() ? ValueResolver.resolve(url.get(), context) : url;
      of(call).urlValue = value;
    }
    return value;
  }

  /** {@link FtpUrls#fsspecUrlArgument}. */
  public static Optional<Expression> fsspecUrlArgument(CallExpression call) {
    Optional<Expression> url = of(call).fsspecUrlArgument;
    if (url == null) {
      url = FtpUrls.fsspecUrlArgument(call);
      of(call).fsspecUrlArgument = url;
    }
    return url;
  }
}
