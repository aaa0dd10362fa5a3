package io.ftpsecurity.testing;

import org.sonar.api.SonarEdition;
import org.sonar.api.SonarProduct;
import org.sonar.api.SonarQubeSide;
import org.sonar.api.SonarRuntime;
import org.sonar.api.utils.Version;

/** The runtime SonarQube Community Build 26.9 presents to plugins: API 13.8, server side. */
public final class TestSonarRuntime implements SonarRuntime {

  public static final SonarRuntime SONARQUBE_26_9 = new TestSonarRuntime();

  private TestSonarRuntime() {
  }

  @Override
  public Version getApiVersion() {
    return Version.create(13, 8);
  }

  @Override
  public SonarProduct getProduct() {
    return SonarProduct.SONARQUBE;
  }

  @Override
  public SonarQubeSide getSonarQubeSide() {
    return SonarQubeSide.SERVER;
  }

  @Override
  public SonarEdition getEdition() {
    return SonarEdition.COMMUNITY;
  }
}
