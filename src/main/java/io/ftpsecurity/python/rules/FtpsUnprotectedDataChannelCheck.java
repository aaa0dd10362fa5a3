package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.AttributeDataChannels;
import io.ftpsecurity.python.analysis.DataChannelProtection;
import io.ftpsecurity.python.analysis.DataChannelProtection.UnprotectedTransfer;
import io.ftpsecurity.python.analysis.LocalDefinitions;
import java.util.HashSet;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.FileInput;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * FTP_TLS encrypts file contents and listings only after {@code prot_p()}: reports the first transfer of each
 * client that some path reaches before {@code prot_p()} or after {@code prot_c()}.
 */
@Rule(key = "FtpsUnprotectedDataChannel")
public class FtpsUnprotectedDataChannelCheck extends PythonSubscriptionCheck {

  private static final String MESSAGE_NEVER_PROTECTED =
    "Call \"prot_p()\" on this FTP_TLS client before this transfer on every path; until then its data travels in clear text.";
  private static final String MESSAGE_CLEARED =
    "Call \"prot_p()\" again before this transfer; \"prot_c()\" switched its data channel back to clear text.";
  private static final String CREATION = "FTP_TLS client created here";
  private static final String CLEARING = "Data channel switched to clear text here";

  private final LocalDefinitions definitions = new LocalDefinitions();

  @Override
  public void initialize(Context context) {
    context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> {
      definitions.clear();
      checkFile(ctx);
    });
    // clients kept in attributes, which the per-function analysis does not follow
    context.registerSyntaxNodeConsumer(Tree.Kind.CLASSDEF, ctx -> AttributeDataChannels
      .unprotectedTransfers((ClassDef) ctx.syntaxNode(), ctx, definitions).forEach(transfer -> report(ctx, transfer)));
  }

  private static void checkFile(SubscriptionContext context) {
    for (Tree scope : DataChannelProtection.scopesCreatingFtpTls((FileInput) context.syntaxNode(), context)) {
      Set<CallExpression> reportedClients = new HashSet<>();
      for (UnprotectedTransfer transfer : DataChannelProtection.unprotectedTransfers(scope, context)) {
        if (reportedClients.add(transfer.creation())) {
          report(context, transfer);
        }
      }
    }
  }

  private static void report(SubscriptionContext context, UnprotectedTransfer transfer) {
    var issue = context.addIssue(transfer.transfer().callee(), transfer.neverProtected() ? MESSAGE_NEVER_PROTECTED : MESSAGE_CLEARED);
    issue.secondary(transfer.creation(), CREATION);
    transfer.clearedBy().forEach(clearing -> issue.secondary(clearing, CLEARING));
  }
}
