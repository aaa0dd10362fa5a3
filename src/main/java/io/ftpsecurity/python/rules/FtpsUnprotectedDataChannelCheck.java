package io.ftpsecurity.python.rules;

import io.ftpsecurity.python.analysis.AttributeDataChannels;
import io.ftpsecurity.python.analysis.DataChannelProtection;
import io.ftpsecurity.python.analysis.DataChannelProtection.UnprotectedTransfer;
import io.ftpsecurity.python.analysis.LibraryFtpClients;
import io.ftpsecurity.python.analysis.LibraryFtpClients.Cause;
import io.ftpsecurity.python.analysis.LocalDefinitions;
import io.ftpsecurity.python.analysis.TrackedClients;
import io.ftpsecurity.python.analysis.TreeLocations;
import io.ftpsecurity.python.fixes.DataChannelFixes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * FTP_TLS encrypts file contents and listings only after {@code prot_p()}: reports the first transfer of each
 * client that some path reaches before {@code prot_p()} or after {@code prot_c()}, and ftputil sessions that never
 * call it.
 */
@Rule(key = "FtpsUnprotectedDataChannel")
public class FtpsUnprotectedDataChannelCheck extends PythonSubscriptionCheck {

  private static final String MESSAGE_NEVER_PROTECTED =
    "Call \"prot_p()\" on this FTP_TLS client before this transfer on every path; until then its data travels in clear text.";
  private static final String MESSAGE_CLEARED =
    "Call \"prot_p()\" again before this transfer; \"prot_c()\" switched its data channel back to clear text.";
  private static final Map<Cause, String> LIBRARY_MESSAGES = Map.of(
    Cause.FTPUTIL_FTP_TLS_SESSION, "Use \"ftputil.session.session_factory()\" over FTP_TLS, which calls \"prot_p()\": "
      + "with FTP_TLS as its session factory, ftputil transfers every file in clear text.",
    Cause.FTPUTIL_DATA_CHANNEL_OFF, "Remove this setting: without \"prot_p()\" the sessions of this factory transfer "
      + "every file in clear text.");
  private static final String CREATION = "FTP_TLS client created here";
  private static final String CLEARING = "Data channel switched to clear text here";

  private static final String RETURNED = "Client returned here without \"prot_p()\"";

  private final LocalDefinitions definitions = new LocalDefinitions();
  /**
   * The current file's clients, from the calls the walk visits; analysed when the file ends, so that finding the
   * file's creations costs no walk of our own. Null outside a file.
   */
  private TrackedClients tracked;
  private SubscriptionContext fileContext;

  @Override
  public void initialize(Context context) {
    context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> {
      tracked = new TrackedClients(ctx, definitions);
      fileContext = ctx;
    });
    context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
      CallExpression call = (CallExpression) ctx.syntaxNode();
      if (tracked != null) {
        tracked.noteCall(call);
      }
      // no lambda: it would capture the context on every call of the file
      Optional<LibraryFtpClients.Finding> found = LibraryFtpClients.unprotectedDataChannel(call, ctx);
      if (found.isPresent()) {
        ctx.addIssue(TreeLocations.of(found.get().location()), LIBRARY_MESSAGES.get(found.get().cause()));
      }
    });
  }

  @Override
  public void leaveFile() {
    if (tracked != null && tracked.createsFtpTls() && checkFile(fileContext, tracked)) {
      // clients kept in attributes and used in methods that run after __init__
      for (ClassDef classDef : tracked.classesAroundCreations()) {
        AttributeDataChannels.unprotectedTransfers(classDef, tracked, definitions)
          .forEach(transfer -> report(fileContext, List.of(transfer)));
      }
    }
    tracked = null;
    fileContext = null;
  }

  /** Reports the unprotected transfers of each scope; true when the file starts an FTP_TLS client. */
  private static boolean checkFile(SubscriptionContext context, TrackedClients tracked) {
    Set<Tree> scopes = DataChannelProtection.scopesStartingClients(tracked);
    for (Tree scope : scopes) {
      Map<CallExpression, List<UnprotectedTransfer>> byClient = new LinkedHashMap<>();
      for (UnprotectedTransfer transfer : DataChannelProtection.unprotectedTransfers(scope, tracked)) {
        byClient.computeIfAbsent(transfer.client(), client -> new ArrayList<>()).add(transfer);
      }
      for (List<UnprotectedTransfer> transfers : byClient.values()) {
        report(context, transfers);
      }
    }
    return !scopes.isEmpty();
  }

  /** Reports the first transfer of a client; the fix covers all of them. */
  private static void report(SubscriptionContext context, List<UnprotectedTransfer> transfers) {
    UnprotectedTransfer transfer = transfers.get(0);
    var issue = context.addIssue(TreeLocations.of(transfer.transfer().callee()), transfer.neverProtected() ? MESSAGE_NEVER_PROTECTED : MESSAGE_CLEARED);
    issue.secondary(TreeLocations.of(transfer.creation()), CREATION);
    if (transfer.returnedBy() != null) {
      issue.secondary(TreeLocations.of(transfer.returnedBy()), RETURNED);
    }
    for (CallExpression clearing : transfer.clearedBy()) {
      issue.secondary(TreeLocations.of(clearing), CLEARING);
    }
    Optional<PythonQuickFix> fix = DataChannelFixes.protect(transfers, context);
    if (fix.isPresent()) {
      issue.addQuickFix(fix.get());
    }
  }
}
