import ssl
from ftplib import FTP_TLS

# With sonar.python.version=3.11 (or older), keyfile, certfile and ssl_version still exist.


def legacy_options(host):
    FTP_TLS(host, keyfile="client.key", certfile="client.pem")
    ftps = FTP_TLS(host)
    ftps.ssl_version = ssl.PROTOCOL_TLS_CLIENT
    ftps.ssl_context = ssl.create_default_context()  # Noncompliant


class LegacyFtps(FTP_TLS):
    ssl_version = ssl.PROTOCOL_TLSv1_2


FTP_TLS.ssl_version = ssl.PROTOCOL_TLSv1_2
