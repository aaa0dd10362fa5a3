# FTP_TLS imported optionally: the None fallback creates no client, so FTP_TLS(...) is still FTP_TLS (issue 13, shape 8).
import ssl

try:
    import ftplib
except ImportError:
    ftplib = None

try:
    from ftplib import FTP_TLS
except ImportError:
    FTP_TLS = None


def weak_protocols(host):
    FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_TLSv1))  # Noncompliant
    ftplib.FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_TLSv1_1))  # Noncompliant


def minimum_version(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # Noncompliant
    ftps = FTP_TLS(timeout=10)
    ftps.context = ctx
    ftps.connect(host)


def strong_protocols(host):
    FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    ftplib.FTP_TLS(host, context=ssl.create_default_context())


# ssl imported optionally as well: the same fallback rules (OptionalImports).
try:
    import ssl as tls
except ImportError:
    tls = None

try:
    from ssl import TLSVersion, PROTOCOL_TLSv1
except ImportError:  # Python < 3.7 has no TLSVersion
    TLSVersion = PROTOCOL_TLSv1 = None

try:
    from ssl import TLSVersion as PatchedVersion
except ImportError:
    PatchedVersion = make_version_enum()  # whatever the code computes: not certainly ssl's


def optional_ssl_names(host):
    ctx = tls.create_default_context()
    ctx.minimum_version = TLSVersion.TLSv1  # Noncompliant
    FTP_TLS(host, context=ctx)
    FTP_TLS(host, context=tls.SSLContext(PROTOCOL_TLSv1))  # Noncompliant
    FTP_TLS(host, context=tls.SSLContext(tls.PROTOCOL_TLSv1_1))  # Noncompliant
    strong = tls.create_default_context()
    strong.minimum_version = TLSVersion.TLSv1_2
    FTP_TLS(host, context=strong)


def computed_fallback(host):
    ctx = tls.create_default_context()
    ctx.minimum_version = PatchedVersion.TLSv1
    FTP_TLS(host, context=ctx)
