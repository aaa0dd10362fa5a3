import ssl
from transfer_clients import LegacyFtp, QuietFtps


def connect(host):
    LegacyFtp(host)  # Noncompliant
    QuietFtps(host, context=ssl.create_default_context())
