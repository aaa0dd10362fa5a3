package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.QualifiedExpression;

/**
 * The TLS attributes used through the name an FTP_TLS client is bound to ({@link FtpClients#memberUses}): its
 * {@code context}, and the ones ftplib never reads or removed. The context analysis and the rule on ignored settings
 * ask of the same clients: one set for both, so that a client name's usages are scanned once per file, not once per
 * question.
 */
public final class TlsClientMembers {

  private static final Set<String> ASKED = asked();

  private TlsClientMembers() {
  }

  /** {@link FtpClients#memberUses} of the creation for {@code members}, a subset of the TLS attributes above. */
  public static List<QualifiedExpression> of(CallExpression creation, Set<String> members, SubscriptionContext context) {
    List<QualifiedExpression> uses = FtpClients.memberUses(creation, ASKED, context);
    if (uses.isEmpty()) {
      // most clients use none of them
      return uses;
    }
    List<QualifiedExpression> asked = new ArrayList<>(uses.size());
    for (QualifiedExpression use : uses) {
      if (members.contains(use.name().name())) {
        asked.add(use);
      }
    }
    return asked;
  }

  private static Set<String> asked() {
    Set<String> asked = new HashSet<>(FtplibApi.IGNORED_TLS_ATTRIBUTES);
    asked.add(FtplibApi.SSL_VERSION_ATTRIBUTE);
    asked.add(FtplibApi.CONTEXT_ATTRIBUTE);
    return Set.copyOf(asked);
  }
}
