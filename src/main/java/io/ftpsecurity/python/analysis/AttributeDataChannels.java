package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.analysis.DataChannelProtection.UnprotectedTransfer;
import io.ftpsecurity.python.api.FtplibApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.AssignmentStatement;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.ClassDef;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.ExpressionList;
import org.sonar.plugins.python.api.tree.QualifiedExpression;

/**
 * FTP_TLS clients a class keeps in an attribute ({@code self.session = FTP_TLS(...)}, usually in {@code __init__})
 * and uses in its methods. The methods may run in any order, so only a certainty is reported: when the class never
 * calls {@code prot_p()} on the attribute and uses it only through ftplib's own methods, every transfer on it runs
 * in clear text. A {@code prot_p()} anywhere in the class, or any other use of the attribute (handed to other code,
 * aliased, replaced by a value that is not such a client), keeps the analysis silent. Computed once per class, from
 * {@link LocalDefinitions}; the control-flow analysis of {@link DataChannelProtection} does not follow attributes.
 */
public final class AttributeDataChannels {

  private AttributeDataChannels() {
  }

  /** The first transfer on each such attribute, in source order; the creation is the attribute's first one. */
  public static List<UnprotectedTransfer> unprotectedTransfers(ClassDef classDef, SubscriptionContext context,
    LocalDefinitions definitions) {
    List<UnprotectedTransfer> found = new ArrayList<>();
    for (Map.Entry<String, List<Expression>> attribute : definitions.attributeValues(classDef).entrySet()) {
      List<CallExpression> creations = ftplibCreations(attribute.getValue(), context);
      if (!creations.isEmpty()) {
        firstTransfer(definitions.usesOf(classDef, attribute.getKey()), creations)
          .forEach(transfer -> found.add(new UnprotectedTransfer(transfer, creations.get(0), true, List.of())));
      }
    }
    found.sort(Comparator.comparing(UnprotectedTransfer::transfer, SourceOrder::compare));
    return found;
  }

  /** The values when every one is an FTP_TLS creation that runs ftplib's own constructor, login and transfer code. */
  private static List<CallExpression> ftplibCreations(List<Expression> values, SubscriptionContext context) {
    List<CallExpression> creations = new ArrayList<>();
    for (Expression value : values) {
      if (!(value instanceof CallExpression creation && FtpClients.createsFtpTls(creation, context)
        && FtplibApi.IMPLICITLY_CALLED_METHODS.stream().allMatch(method -> FtpClients.runsFtplibMethod(creation, method)))) {
        return List.of();
      }
      creations.add(creation);
    }
    return creations;
  }

  /** The first transfer among the uses, when every use is an assignment or a call of one of ftplib's methods but prot_p. */
  private static List<CallExpression> firstTransfer(List<QualifiedExpression> uses, List<CallExpression> creations) {
    CallExpression first = null;
    for (QualifiedExpression use : uses) {
      if (isAssigned(use)) {
        continue;
      }
      if (!(use.parent() instanceof QualifiedExpression method && method.qualifier() == use
        && method.parent() instanceof CallExpression call && call.callee() == method)) {
        return List.of();
      }
      String name = method.name().name();
      if (FtplibApi.PROT_P.equals(name) || creations.stream().anyMatch(creation -> !FtpClients.runsFtplibMethod(creation, name))) {
        return List.of();
      }
      if (FtplibApi.DATA_TRANSFER_METHODS.contains(name) && (first == null || SourceOrder.isBefore(call, first))) {
        first = call;
      }
    }
    return first == null ? List.of() : List.of(first);
  }

  private static boolean isAssigned(QualifiedExpression use) {
    return use.parent() instanceof ExpressionList targets && targets.parent() instanceof AssignmentStatement assignment
      && assignment.lhsExpressions().contains(targets);
  }
}
