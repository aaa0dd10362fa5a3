package io.ftpsecurity.benchmark;

import java.nio.file.Path;

/**
 * Python modules of a chosen size for the scaling benchmark, in the shapes that generated code, long deployment
 * scripts and notebooks exported to one module take: a unit of code that uses FTP, FTPS, SSL contexts and
 * {@code ftp://} URLs, repeated with fresh names (and some names reused on purpose) until the file has the
 * requested number of lines. Every unit holds findings and compliant look-alikes, so the rules do real work.
 */
public final class GeneratedModules {

  /** The shapes, each stressing another kind of growth. */
  public enum Shape {
    /** Clients, contexts and transfers at module level: one long straight-line body, names reused. */
    MODULE_CLIENTS,
    /** The same code inside one long function: reaching definitions and the data-channel graph grow with it. */
    LONG_FUNCTION,
    /** Functions of long if/elif chains whose branches hold nested loops around transfers. */
    BRANCHES_AND_LOOPS,
    /** Many classes, each holding a client in an attribute, some of them FTP_TLS subclasses. */
    CLASSES,
    /** Many ftp:// URLs fetched by urllib, as literals and through names. */
    FTP_URLS
  }

  private static final String HEADER = """
    import ftplib
    import ssl
    import urllib.request
    from ftplib import FTP, FTP_TLS
    """;

  /**
   * Branches of one if/elif chain: python-frontend's flow-sensitive type inference grows faster than a function with
   * many blocks, so a 50,000-line chain would take the frontend itself most of an hour.
   */
  private static final int BRANCHES_PER_FUNCTION = 150;
  private static final String SYNC_FUNCTION = """
    def sync_{i}(mode, items, handle, secret):
        ftps = FTP_TLS("sync{i}.example.com", context=ssl.create_default_context())
        ftps.login("deploy", secret)
        plain = FTP("legacy{i}.example.com")
        if mode == -1:
            ftps.prot_p()
    """;

  /** Distinct client variables in the long function. */
  private static final int LOCAL_NAMES = 20;

  private GeneratedModules() {
  }

  /** A module of the shape with (about, never fewer than) {@code lines} lines. */
  public static SourceFile generate(Shape shape, int lines) {
    StringBuilder code = new StringBuilder(HEADER);
    int count = (int) HEADER.lines().count();
    if (shape == Shape.LONG_FUNCTION) {
      code.append("def deploy(handle, password, items):\n");
      count++;
    }
    for (int i = 0; count < lines; i++) {
      String unit = shape == Shape.BRANCHES_AND_LOOPS && i % BRANCHES_PER_FUNCTION == 0
        ? SYNC_FUNCTION.replace("{i}", Integer.toString(i)) + unit(shape, i)
        : unit(shape, i);
      code.append(unit);
      count += (int) unit.lines().count();
    }
    String name = ScalingTable.label(shape) + "_" + lines + ".py";
    return new SourceFile(Path.of(name), name, code.toString());
  }

  private static String unit(Shape shape, int i) {
    String text = switch (shape) {
      case MODULE_CLIENTS -> clients(i);
      // python-frontend's type inference costs (local variables x blocks) in one function: reuse a few names
      case LONG_FUNCTION -> clients(i).indent(4).replace("_{i} ", "_{v} ").replace("_{i}.", "_{v}.");
      case BRANCHES_AND_LOOPS -> branch(i);
      case CLASSES -> classes(i);
      case FTP_URLS -> urls(i);
    };
    return text.replace("{v}", Integer.toString(i % LOCAL_NAMES)).replace("{i}", Integer.toString(i));
  }

  private static String clients(int i) {
    return """
      plain_{i} = FTP("plain{i}.example.com")
      plain_{i}.login("user{i}", "secret{i}")
      plain_{i}.retrlines("LIST")
      ctx = ssl.create_default_context()
      ctx.check_hostname = {i} % 2 == 0
      ctx.minimum_version = ssl.TLSVersion.TLSv1_2
      tls_{i} = FTP_TLS("tls{i}.example.com", context=ctx)
      tls_{i}.login("user{i}", password)
      tls_{i}.prot_p()
      tls_{i}.retrlines("LIST")
      tls_{i}.prot_c()
      tls_{i}.storbinary("STOR report{i}.csv", handle)
      client = FTP_TLS("shared{i}.example.com")
      client.login()
      client.retrbinary("RETR data{i}", handle.write)
      unverified = FTP_TLS("unverified{i}.example.com", context=ssl._create_unverified_context())
      unverified.prot_p()
      unverified.nlst()
      """;
  }

  private static String branch(int i) {
    return """
          elif mode == {i}:
              for item in items:
                  for part in item:
                      ftps.storbinary("STOR " + part, handle)
                      plain.retrlines("LIST")
          elif mode == -{i}:
              ftps.prot_c()
              while items:
                  if items[0]:
                      ftps.retrbinary("RETR {i}", handle.write)
                  items.pop()
              ftps.prot_p()
          elif mode == {i} * 1000:
              with FTP_TLS("with{i}.example.com", context=ssl._create_unverified_context()) as session:
                  session.prot_p()
                  session.nlst()
      """;
  }

  private static String classes(int i) {
    return """
      class Uploader{i}:
          transport = FTP

          def __init__(self, host):
              self.ftp = FTP_TLS(host, context=ssl.create_default_context())
              self.ftp.login("uploader", "pw{i}")
              self.legacy = self.transport(host)

          def send(self, handle):
              self.ftp.prot_p()
              self.ftp.storbinary("STOR out{i}", handle)


      class Secure{i}(FTP_TLS):
          def __init__(self, host):
              super().__init__(host, context=ssl._create_unverified_context())


      secure_{i} = Secure{i}("secure{i}.example.com")
      secure_{i}.retrlines("LIST")

      """;
  }

  private static String urls(int i) {
    return """
      URL_{i} = "ftp://user:pw{i}@files{i}.example.com/data.csv"
      urllib.request.urlopen(URL_{i})
      urllib.request.urlopen("ftp://anonymous@mirror{i}.example.com/pub/x")
      urllib.request.urlretrieve("ftp://files.example.com/f{i}", "f{i}")
      url = "ftp://shared{i}.example.com/y"
      urllib.request.urlopen(url)
      urllib.request.urlopen("https://example.com/{i}")
      """;
  }
}
