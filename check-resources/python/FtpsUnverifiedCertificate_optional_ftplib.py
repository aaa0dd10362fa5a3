import ssl

try:
    from ftplib import FTP_TLS
except ImportError:  # some embedded Pythons ship without ftplib
    FTP_TLS = None


def connect(host):
    return FTP_TLS(host)  # Noncompliant
#          ^^^^^^^^^^^^^


def connect_verified(host):
    return FTP_TLS(host, context=ssl.create_default_context())
