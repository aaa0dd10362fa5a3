package io.ftpsecurity.python.fixes;

import io.ftpsecurity.python.analysis.CallArguments;
import io.ftpsecurity.python.analysis.DataChannelProtection.UnprotectedTransfer;
import io.ftpsecurity.python.analysis.FtpClients;
import io.ftpsecurity.python.analysis.SourceOrder;
import io.ftpsecurity.python.api.FtplibApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.quickfix.PythonQuickFix;
import org.sonar.plugins.python.api.quickfix.PythonTextEdit;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.ExpressionStatement;
import org.sonar.plugins.python.api.tree.FileInput;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.LambdaExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Statement;
import org.sonar.plugins.python.api.tree.StatementList;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.WithItem;
import org.sonar.plugins.python.api.tree.WithStatement;

/**
 * The fix for an FTP_TLS client whose transfers may run in clear text: {@code prot_p()} where the session is
 * logged in and every path to the transfer passes, and {@code prot_p()} in place of each {@code prot_c()} that
 * leaves the channel clear.
 */
public final class DataChannelFixes {

  static final String PROTECT_AFTER_LOGIN = "Call prot_p() after the login, so that this client's transfers are encrypted";
  static final String PROTECT_BEFORE_TRANSFER = "Call prot_p() before this transfer, so that it is encrypted";
  static final String REPLACE_PROT_C = "Call prot_p() instead of prot_c(), so that later transfers stay encrypted";

  private DataChannelFixes() {
  }

  /** One fix for all the unprotected transfers of one client in one scope. */
  public static Optional<PythonQuickFix> protect(List<UnprotectedTransfer> transfers, SubscriptionContext context) {
    // each added once: transfers of one client may share a prot_c() or the place of prot_p(); mostly one or two
    List<PythonTextEdit> edits = new ArrayList<>(2);
    String description = REPLACE_PROT_C;
    for (UnprotectedTransfer transfer : transfers) {
      for (CallExpression clearing : transfer.clearedBy()) {
        if (!(clearing.callee() instanceof QualifiedExpression method)) {
          return Optional.empty();
        }
        TextEdits.addOnce(edits, TextEdits.replace(method.name(), FtplibApi.PROT_P));
      }
      if (transfer.neverProtected()) {
        Optional<Insertion> insertion = insertProtP(transfer, context);
        if (insertion.isEmpty()) {
          return Optional.empty();
        }
        TextEdits.addOnce(edits, insertion.get().edit());
        if (!PROTECT_AFTER_LOGIN.equals(description)) {
          description = insertion.get().afterLogin() ? PROTECT_AFTER_LOGIN : PROTECT_BEFORE_TRANSFER;
        }
      }
    }
    return Optional.of(PythonQuickFix.newQuickFix(description).addTextEdit(edits).build());
  }

  private record Insertion(PythonTextEdit edit, boolean afterLogin) {
  }

  /**
   * {@code client.prot_p()} after the nearest login of this client that every path to the transfer passes (a
   * {@code login()} statement, or a creation that logs in), else just before the statement of the transfer. The
   * call goes through the name the client has at that place.
   */
  private static Optional<Insertion> insertProtP(UnprotectedTransfer transfer, SubscriptionContext context) {
    if (!(transfer.transfer().callee() instanceof QualifiedExpression method) || !(method.qualifier() instanceof Name client)) {
      return Optional.empty();
    }
    Statement transferStatement = null;
    // what runs before the creation cannot log its client in: another client's login, or in a loop the previous
    // iteration's client's (a client bound to a global is not followed). The search stops there, where a module of
    // thousands of statements was read back to its start.
    boolean stopAtCreation = SourceOrder.scopeOf(transfer.creation()) == SourceOrder.scopeOf(transfer.transfer());
    boolean creationPassed = false;
    for (Tree node = transfer.transfer(); node.parent() != null; node = node.parent()) {
      if (node instanceof LambdaExpression) {
        // runs later, maybe before the login
        return Optional.empty();
      }
      if (node instanceof FunctionDef || node instanceof ClassDef || node instanceof FileInput) {
        break;
      }
      if (node instanceof Statement statement && node.parent() instanceof StatementList block) {
        if (transferStatement == null) {
          transferStatement = statement;
        }
        List<Statement> statements = block.statements();
        creationPassed |= stopAtCreation && SourceOrder.encloses(statement, transfer.creation());
        for (int i = TextEdits.indexInBlock(block, statement) - 1; i >= 0 && !creationPassed; i--) {
          Optional<String> loggedIn = loggedInClient(statements.get(i), transfer.creation(), context);
          if (loggedIn.isPresent()) {
            return Optional.of(new Insertion(TextEdits.insertStatementAfter(statements.get(i), protP(loggedIn.get())), true));
          }
          creationPassed = stopAtCreation && SourceOrder.encloses(statements.get(i), transfer.creation());
        }
        Optional<String> openedLoggedIn = block.parent() instanceof WithStatement with ? withTarget(with, transfer.creation()) : Optional.empty();
        if (openedLoggedIn.isPresent()) {
          return Optional.of(new Insertion(TextEdits.insertStatementBefore(statements.get(0), protP(openedLoggedIn.get())), true));
        }
      }
    }
    return transferStatement == null ? Optional.empty()
      : Optional.of(new Insertion(TextEdits.insertStatementBefore(transferStatement, protP(client.name())), false));
  }

  private static String protP(String client) {
    return client + "." + FtplibApi.PROT_P + "()";
  }

  /** The client's name after {@code client.login(...)}, or after {@code client = FTP_TLS(host, user, ...)}, which logs in. */
  private static Optional<String> loggedInClient(Statement statement, CallExpression creation, SubscriptionContext context) {
    if (statement instanceof AssignmentStatement assignment) {
      return assignment.assignedValue() == creation && passesUser(creation)
        ? FtpClients.boundName(creation).map(Name::name) : Optional.empty();
    }
    if (statement instanceof ExpressionStatement expression && expression.expressions().size() == 1
      && expression.expressions().get(0) instanceof CallExpression call
      && call.callee() instanceof QualifiedExpression method && FtplibApi.LOGIN.equals(method.name().name())
      && method.qualifier() instanceof Name client
      && FtpClients.creationOf(client, context).filter(found -> found == creation).isPresent()) {
      return Optional.of(client.name());
    }
    return Optional.empty();
  }

  /** The name of {@code with FTP_TLS(host, user, ...) as client:}, which logs in before its body runs. */
  private static Optional<String> withTarget(WithStatement with, CallExpression creation) {
    return with.withItems().stream().filter(item -> item.test() == creation && passesUser(creation)).findFirst()
      .map(WithItem::expression).filter(Name.class::isInstance).map(target -> ((Name) target).name());
  }

  private static boolean passesUser(CallExpression creation) {
    return CallArguments.bindingOf(creation, FtplibApi.CONSTRUCTOR_USER_POSITION, FtplibApi.CONSTRUCTOR_USER_KEYWORD)
      instanceof CallArguments.Passed;
  }
}
