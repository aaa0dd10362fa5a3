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
 */
public final class CallKinds {

  private final CallExpression call;
  private List<Expression> classChoices;
  private TriBool ftpClass;
  private TriBool ftpTlsClass;
  private Boolean createsFtpTls;
  private Optional<Expression> ftpTlsChoice;
  private Optional<Expression> urlArgument;
  private Optional<Expression> urlValue;
  private Boolean mayNameLibrary;
  private Optional<Expression> fsspecUrlArgument;

  private CallKinds(CallExpression call) {
    this.call = call;
  }

  /**
   * The call being visited, per thread (the analyzer may analyse files in parallel): the rules visit a call one after
   * the other before the walk moves on, so the facts of one call at a time are enough, and a lookup costs nothing.
   */
  private static final ThreadLocal<CallKinds> VISITED = new ThreadLocal<>();

  /** The facts of a call, shared by every rule that visits it. */
  public static CallKinds of(CallExpression call) {
    CallKinds kinds = VISITED.get();
    if (kinds == null || kinds.call != call) {
      kinds = new CallKinds(call);
      VISITED.set(kinds);
    }
    return kinds;
  }

  /** {@link FtpClassResolver#classChoices} of the callee. */
  public List<Expression> classChoices(SubscriptionContext context, LocalDefinitions definitions) {
    if (classChoices == null) {
      classChoices = FtpClassResolver.classChoices(call.callee(), context, definitions);
    }
    return classChoices;
  }

  /**
   * {@link FtpClients#createsFtpTls}. A callee the frontend types as a function other than FTP_TLS ({@code client.login},
   * {@code ssl.create_default_context}) creates none: two field reads tell it before any type matcher, and most calls of
   * a file are such calls. Kept: four rules and analyses ask it of every call, and the type read and the comparison of
   * names to tell a function cost more than the field read that answers again.
   */
  public boolean createsFtpTls(SubscriptionContext context) {
    if (createsFtpTls == null) {
      createsFtpTls = !callsFunction() && ftpTlsClass(context) == TriBool.TRUE;
    }
    return createsFtpTls;
  }

  private boolean callsFunction() {
    return call.callee() instanceof QualifiedExpression callee && callee.typeV2() instanceof FunctionType function
      && function.fullyQualifiedName() != null && !FtplibApi.FTP_TLS.equals(function.fullyQualifiedName());
  }

  /** {@link FtpClients#createsPlainFtp}: {@link FtpClassResolver#isPlainFtpClass} of the callee. */
  public boolean createsPlainFtp(SubscriptionContext context) {
    return createsFtpClient(context) && ftpTlsClass(context) == TriBool.FALSE;
  }

  /** The callee is certainly ftplib.FTP or a subclass of it, FTP_TLS included ({@link FtplibApi#IS_FTP_CLASS}). */
  public boolean createsFtpClient(SubscriptionContext context) {
    if (ftpClass == null) {
      ftpClass = FtpClassResolver.evaluate(FtplibApi.IS_FTP_CLASS, call.callee(), context);
    }
    return ftpClass == TriBool.TRUE;
  }

  private TriBool ftpTlsClass(SubscriptionContext context) {
    if (ftpTlsClass == null) {
      ftpTlsClass = FtpClassResolver.evaluate(FtplibApi.IS_FTP_TLS_CLASS, call.callee(), context);
    }
    return ftpTlsClass;
  }

  /** {@link FtpClients#mayCreateFtpTls}. */
  public boolean mayCreateFtpTls(SubscriptionContext context, LocalDefinitions definitions) {
    if (createsFtpTls(context)) {
      return true;
    }
    if (ftpTlsChoice == null) {
      ftpTlsChoice = FtpClients.ftpTlsChoice(call, context, definitions);
    }
    return ftpTlsChoice.isPresent();
  }

  /**
   * {@link LibraryName#mayNameAny} of the callee: asked by every rule that knows a third-party library, before any of
   * the library's names is tried.
   */
  public boolean mayNameLibrary() {
    if (mayNameLibrary == null) {
      mayNameLibrary = LibraryName.mayNameAny(call.callee());
    }
    return mayNameLibrary;
  }

  /** {@link FtpUrls#urlArgument}. */
  public Optional<Expression> urlArgument(SubscriptionContext context) {
    if (urlArgument == null) {
      urlArgument = FtpUrls.urlArgument(call, context);
    }
    return urlArgument;
  }

  /**
   * What the {@link #urlArgument} certainly evaluates to ({@link ValueResolver#resolve}): a name read costs a lookup
   * of its bindings, or of the values reaching it, and the rules reading URLs ask for it on the same call.
   */
  public Optional<Expression> urlValue(SubscriptionContext context) {
    if (urlValue == null) {
      Optional<Expression> url = urlArgument(context);
      urlValue = url.isPresent() ? ValueResolver.resolve(url.get(), context) : url;
    }
    return urlValue;
  }

  /** {@link FtpUrls#fsspecUrlArgument}. */
  public Optional<Expression> fsspecUrlArgument() {
    if (fsspecUrlArgument == null) {
      fsspecUrlArgument = FtpUrls.fsspecUrlArgument(call);
    }
    return fsspecUrlArgument;
  }
}
