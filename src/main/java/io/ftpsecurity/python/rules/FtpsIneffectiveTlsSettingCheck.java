package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.CallKinds;
import io.ftpsecurity.python.analysis.FtpClassResolver;
import io.ftpsecurity.python.analysis.SourceOrder;
import io.ftpsecurity.python.analysis.TlsClientMembers;
import io.ftpsecurity.python.analysis.TreeLocations;
import io.ftpsecurity.python.api.FtplibApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.Argument;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.RegularArgument;
import org.sonar.plugins.python.api.tree.Statement;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.types.v2.ClassType;

/**
 * TLS settings written on (or read from) an FTP_TLS client that ftplib never reads, and the legacy options Python 3.12
 * removed: they look like security and do nothing, or fail.
 */
@Rule(key = "FtpsIneffectiveTlsSetting")
public class FtpsIneffectiveTlsSettingCheck extends PythonSubscriptionCheck {

  private static final String FIX = "build the SSLContext first and pass it as FTP_TLS(host, context=ctx).";

  /** The attributes without effect on Python 3.12 and later, which removed ssl_version. */
  private static final Set<String> IGNORED_FROM_312 = Stream.concat(FtplibApi.IGNORED_TLS_ATTRIBUTES.stream(),
    Stream.of(FtplibApi.SSL_VERSION_ATTRIBUTE)).collect(Collectors.toUnmodifiableSet());

  /** Whether the file may run on Python 3.12 or later: asked once per file, not per client. */
  private boolean python312;

  @Override
  public void initialize(Context context) {
    context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> python312 = includesPython312(ctx));
    context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
      CallExpression call = (CallExpression) ctx.syntaxNode();
      if (CallKinds.createsFtpTls(call, ctx)) {
        if (python312) {
          checkRemovedKeywords(call, ctx);
        }
        if (FtpClassResolver.matches(FtplibApi.IS_EXACT_FTP_TLS_CLASS, call.callee(), ctx)) {
          checkAttributes(call, ctx);
        }
      }
    });
    context.registerSyntaxNodeConsumer(Tree.Kind.CLASSDEF, this::checkSslVersionOverride);
    context.registerSyntaxNodeConsumer(Tree.Kind.QUALIFIED_EXPR, this::checkSslVersionOnClass);
  }

  private static void checkRemovedKeywords(CallExpression creation, SubscriptionContext ctx) {
    for (Argument argument : creation.arguments()) {
      if (argument instanceof RegularArgument regular && regular.keywordArgument() != null
        && FtplibApi.CONSTRUCTOR_KEYWORDS_REMOVED_IN_312.contains(regular.keywordArgument().name())) {
        ctx.addIssue(TreeLocations.of(regular), "Remove \"" + regular.keywordArgument().name() + "\": Python 3.12 removed it from FTP_TLS "
          + "(TypeError). Load the certificate with ctx.load_cert_chain(), then " + FIX);
      }
    }
  }

  /** Uses of ignored attribute names on the object this creation is bound to, one issue per name. */
  private void checkAttributes(CallExpression creation, SubscriptionContext ctx) {
    Map<String, List<Name>> usesByAttribute = new LinkedHashMap<>();
    for (QualifiedExpression member : TlsClientMembers.of(creation, python312 ? IGNORED_FROM_312 : FtplibApi.IGNORED_TLS_ATTRIBUTES, ctx)) {
      usesByAttribute.computeIfAbsent(member.name().name(), name -> new ArrayList<>()).add(member.name());
    }
    usesByAttribute.forEach((attribute, uses) -> {
      uses.sort(SourceOrder::compare);
      PreciseIssue issue = ctx.addIssue(TreeLocations.of(uses.get(0)), attributeMessage(attribute));
      uses.subList(1, uses.size()).forEach(use -> issue.secondary(TreeLocations.of(use), "Also without effect here."));
    });
  }


  private static String attributeMessage(String attribute) {
    if (FtplibApi.SSL_VERSION_ATTRIBUTE.equals(attribute)) {
      return "Python 3.12 removed FTP_TLS.ssl_version, so this has no effect: " + FIX;
    }
    return "FTP_TLS never reads \"" + attribute + "\", so this has no effect: " + FIX;
  }

  /** {@code ssl_version = ...} in the body of a subclass of FTP_TLS. */
  private void checkSslVersionOverride(SubscriptionContext ctx) {
    ClassDef classDef = (ClassDef) ctx.syntaxNode();
    if (classDef.args() == null || !python312 || classDef.args().arguments().stream()
      .noneMatch(base -> base instanceof RegularArgument regular && regular.keywordArgument() == null
        && FtplibApi.IS_FTP_TLS_CLASS.isTrueFor(regular.expression(), ctx))) {
      return;
    }
    for (Statement statement : classDef.body().statements()) {
      if (statement instanceof AssignmentStatement assignment) {
        assignment.lhsExpressions().stream().flatMap(targets -> targets.expressions().stream())
          .filter(target -> target instanceof Name name && FtplibApi.SSL_VERSION_ATTRIBUTE.equals(name.name()))
          .forEach(target -> ctx.addIssue(TreeLocations.of(target), attributeMessage(FtplibApi.SSL_VERSION_ATTRIBUTE)));
      }
    }
  }

  /** {@code ftplib.FTP_TLS.ssl_version = ...}: the legacy way to choose the protocol, gone since 3.12. */
  private void checkSslVersionOnClass(SubscriptionContext ctx) {
    QualifiedExpression member = (QualifiedExpression) ctx.syntaxNode();
    if (python312 && FtplibApi.SSL_VERSION_ATTRIBUTE.equals(member.name().name()) && member.qualifier().typeV2() instanceof ClassType
      && FtplibApi.IS_FTP_TLS_CLASS.isTrueFor(member.qualifier(), ctx)) {
      ctx.addIssue(TreeLocations.of(member.name()), attributeMessage(FtplibApi.SSL_VERSION_ATTRIBUTE));
    }
  }

  private static boolean includesPython312(SubscriptionContext ctx) {
    return ctx.sourcePythonVersions().stream().anyMatch(version -> version.compareTo(FtplibApi.LEGACY_TLS_OPTIONS_REMOVED_IN) >= 0);
  }
}
