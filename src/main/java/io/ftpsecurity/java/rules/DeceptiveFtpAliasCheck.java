package io.ftpsecurity.java.rules;

import io.ftpsecurity.java.api.ApiMatchers;
import io.ftpsecurity.java.api.CommonsNetApi;
import io.ftpsecurity.shared.SecureNames;
import java.util.List;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * Java has no import alias: the way to give cleartext FTP a secure-sounding name is a class that extends it
 * ({@code class SecureFtpClient extends FTPClient}). Reported on the class name, unless the class is FTPS.
 */
@Rule(key = "DeceptiveFtpAlias")
public class DeceptiveFtpAliasCheck extends IssuableSubscriptionVisitor {

  static final String MESSAGE = "Rename \"%s\": it is a cleartext \"%s\", which encrypts nothing.";

  @RuleProperty(key = SecureNames.PARAMETER_KEY, description = SecureNames.PARAMETER_DESCRIPTION, defaultValue = SecureNames.DEFAULT_PATTERN)
  public String securePattern = SecureNames.DEFAULT_PATTERN;

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.CLASS);
  }

  @Override
  public void visitNode(Tree tree) {
    ClassTree declaration = (ClassTree) tree;
    IdentifierTree name = declaration.simpleName();
    // what the tree shows first: most classes extend nothing, and the name is cheaper to read than the types
    if (declaration.superClass() == null || name == null || !SecureNames.soundsSecure(name.name(), securePattern)) {
      return;
    }
    Type type = declaration.symbol().type();
    // the superclasses first: isSubtypeOf looks the client class up in the class path
    if (!ApiMatchers.mayExtend(type, CommonsNetApi.CLEARTEXT_CLIENTS) || !type.isSubtypeOf(CommonsNetApi.FTP_CLIENT)
      || type.isSubtypeOf(CommonsNetApi.FTPS_CLIENT)) {
      return;
    }
    String client = type.isSubtypeOf(CommonsNetApi.FTP_HTTP_CLIENT) ? CommonsNetApi.FTP_HTTP_CLIENT : CommonsNetApi.FTP_CLIENT;
    reportIssue(name, String.format(MESSAGE, name.name(), client.substring(client.lastIndexOf('.') + 1)));
  }
}
