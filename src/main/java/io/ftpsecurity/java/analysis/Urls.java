package io.ftpsecurity.java.analysis;

import io.ftpsecurity.java.api.JdkApi;
import io.ftpsecurity.shared.UrlUserInfo;
import java.util.Optional;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;

/** java.net.URL objects and the text they were built from: {@code new URL(spec)}, {@code URI.create(spec).toURL()}. */
public final class Urls {

  private Urls() {
  }

  /** The spec of the URL a call opens ({@code url.openStream()}), when the code shows how the URL was built. */
  public static Optional<ExpressionTree> openedSpec(MethodInvocationTree call) {
    if (!JdkApi.URL_OPEN.matches(call) || !(call.methodSelect() instanceof MemberSelectExpressionTree select)) {
      return Optional.empty();
    }
    return specOf(Values.origin(select.expression()));
  }

  /** The string argument of {@code new URL(spec)}, {@code URI.create(spec)} or {@code new URI(spec)}. */
  private static Optional<ExpressionTree> specOfConstruction(ExpressionTree expression) {
    if (expression instanceof NewClassTree newClass && (JdkApi.NEW_URL_FROM_SPEC.matches(newClass) || JdkApi.URI_FROM_SPEC.matches(newClass))) {
      return Optional.of(newClass.arguments().get(0));
    }
    if (expression instanceof MethodInvocationTree call && JdkApi.URI_FROM_SPEC.matches(call)) {
      return Optional.of(call.arguments().get(0));
    }
    return Optional.empty();
  }

  public static boolean isFtp(ExpressionTree spec) {
    return Values.prefix(spec).filter(text -> UrlUserInfo.hasScheme(text, JdkApi.FTP_SCHEME)).isPresent();
  }

  private static Optional<ExpressionTree> specOf(ExpressionTree url) {
    if (url instanceof MethodInvocationTree toUrl && JdkApi.URI_TO_URL.matches(toUrl)
      && toUrl.methodSelect() instanceof MemberSelectExpressionTree select) {
      return specOfConstruction(Values.origin(select.expression()));
    }
    return url instanceof NewClassTree ? specOfConstruction(url) : Optional.empty();
  }
}
