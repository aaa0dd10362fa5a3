package io.ftpsecurity.python.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Tree;

/** For tests that analyse a file at once: the tracked clients with every call of the file noted, in the walk's order. */
final class TrackedClientsOfFile {

  private TrackedClientsOfFile() {
  }

  static TrackedClients of(SubscriptionContext context, LocalDefinitions definitions) {
    TrackedClients tracked = new TrackedClients(context, definitions);
    Tree root = context.syntaxNode();
    while (root.parent() != null) {
      root = root.parent();
    }
    // the analyzer's walk: pre-order over children()
    Deque<Tree> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Tree tree = pending.pop();
      if (tree instanceof CallExpression call) {
        tracked.noteCall(call);
      }
      for (int i = tree.children().size() - 1; i >= 0; i--) {
        if (tree.children().get(i) != null) {
          pending.push(tree.children().get(i));
        }
      }
    }
    return tracked;
  }
}
