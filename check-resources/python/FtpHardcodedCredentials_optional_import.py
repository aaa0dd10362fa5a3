# FTP_TLS imported optionally: the None fallback creates no client, so FTP_TLS(...) is still FTP_TLS (issue 13, shape 8).
import os
import ssl

try:
    from ftplib import FTP_TLS
except ImportError:
    FTP_TLS = None

try:
    from ftplib import FTP_TLS as Unknown
except ImportError:
    from ftps_backport import FTP_TLS as Unknown


def login_with_literal_password(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", "s3cret!")  # Noncompliant
#                        ^^^^^^^^^
    FTP_TLS(host, "deploy", "s3cret!", context=ssl.create_default_context())  # Noncompliant
#                           ^^^^^^^^^
    ftps.login("deploy", os.environ["FTP_PASSWORD"])


def unknown_fallback(host):
    # the fallback class's login could take anything: not certainly ftplib's
    ftps = Unknown(host, context=ssl.create_default_context())
    ftps.login("deploy", "s3cret!")
