package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.FtplibApi;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.tree.Expression;

/** Whether an expression denotes an ftplib client class: by import, alias, variable or subclass. */
public final class FtpClassResolver {

  private FtpClassResolver() {
  }

  /** ftplib.FTP or a subclass of it that does not extend FTP_TLS; false when unsure. */
  public static boolean isPlainFtpClass(Expression expression, SubscriptionContext context) {
    return FtplibApi.IS_FTP_CLASS.evaluateFor(expression, context) == TriBool.TRUE
      && FtplibApi.IS_FTP_TLS_CLASS.evaluateFor(expression, context) == TriBool.FALSE;
  }
}
