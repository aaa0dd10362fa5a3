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
