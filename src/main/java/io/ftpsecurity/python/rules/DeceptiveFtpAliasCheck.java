package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.FtpClassResolver;
import io.ftpsecurity.python.analysis.TreeLocations;
import io.ftpsecurity.shared.SecureNames;
import java.util.HashMap;
import java.util.Map;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.AliasedName;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.ImportFrom;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

/** A name that promises security bound to cleartext ftplib.FTP: by import alias, assignment or subclass. */
@Rule(key = "DeceptiveFtpAlias")
public class DeceptiveFtpAliasCheck extends PythonSubscriptionCheck {

  static final String MESSAGE = "Rename \"%s\": it is cleartext \"ftplib.FTP\", which encrypts nothing.";

  @RuleProperty(key = SecureNames.PARAMETER_KEY, description = SecureNames.PARAMETER_DESCRIPTION, defaultValue = SecureNames.DEFAULT_PATTERN)
  public String securePattern = SecureNames.DEFAULT_PATTERN;

  @Override
  public void initialize(Context context) {
    // initialize() runs once per file: the verdict on each name, kept for the file (generated code binds one name,
    // such as "transport = FTP" in every class, thousands of times; the pattern is searched at every position)
    Map<String, Boolean> secureSounding = new HashMap<>();
    context.registerSyntaxNodeConsumer(Tree.Kind.IMPORT_FROM, ctx -> {
      for (AliasedName imported : ((ImportFrom) ctx.syntaxNode()).importedNames()) {
        checkName(imported.alias(), secureSounding, ctx);
      }
    });
    context.registerSyntaxNodeConsumer(Tree.Kind.ASSIGNMENT_STMT, ctx -> {
      AssignmentStatement assignment = (AssignmentStatement) ctx.syntaxNode();
      // the value is typed once, and only for an assignment to a name that sounds secure: few of a file's do
      Boolean plainFtp = null;
      for (ExpressionList targets : assignment.lhsExpressions()) {
        for (Expression target : targets.expressions()) {
          Name name = boundName(target);
          if (name != null && soundsSecure(name, secureSounding)) {
            if (plainFtp == null) {
              plainFtp = FtpClassResolver.isPlainFtpClass(assignment.assignedValue(), ctx);
            }
            if (plainFtp) {
              report(name, ctx);
            }
          }
        }
      }
    });
    context.registerSyntaxNodeConsumer(Tree.Kind.CLASSDEF,
      ctx -> checkName(((ClassDef) ctx.syntaxNode()).name(), secureSounding, ctx));
  }

  /** A name that denotes plain FTP after its binding: an import alias or a class name. */
  private void checkName(Name name, Map<String, Boolean> secureSounding, SubscriptionContext ctx) {
    // the name's text first: typing the name costs more, and few names sound secure
    if (name != null && soundsSecure(name, secureSounding) && FtpClassResolver.isPlainFtpClass(name, ctx)) {
      report(name, ctx);
    }
  }

  private static Name boundName(Expression target) {
    if (target instanceof Name name) {
      return name;
    }
    return target instanceof QualifiedExpression attribute ? attribute.name() : null;
  }

  private boolean soundsSecure(Name name, Map<String, Boolean> secureSounding) {
    // no lambda: asked for every assignment of the file
    Boolean secure = secureSounding.get(name.name());
    if (secure == null) {
      secure = SecureNames.soundsSecure(name.name(), securePattern);
      secureSounding.put(name.name(), secure);
    }
    return secure;
  }

  private static void report(Name name, SubscriptionContext ctx) {
    ctx.addIssue(TreeLocations.of(name), String.format(MESSAGE, name.name()));
  }
}
