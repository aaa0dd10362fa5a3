package io.ftpsecurity.plugin;

import io.ftpsecurity.java.rules.JavaRules;
import java.util.List;
import org.sonar.plugins.java.api.CheckRegistrar;

/** Hands the Java rules to the Java analyzer, which runs those active in repository {@code ftp-java} on main code. */
public class JavaCheckRegistrar implements CheckRegistrar {

  @Override
  public void register(RegistrarContext registrarContext) {
    registrarContext.registerClassesForRepository(JavaRuleRepository.REPOSITORY_KEY, JavaRules.all(), List.of());
  }
}
