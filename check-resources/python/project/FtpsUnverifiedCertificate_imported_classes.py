import ssl
from transfer_clients import QuietFtps, OwnLogin


def connect(host):
    QuietFtps(host)  # Noncompliant
    QuietFtps(host, context=ssl._create_unverified_context())  # Noncompliant


def connect_look_alikes(host):
    QuietFtps(host, context=ssl.create_default_context())
    OwnLogin(host)  # overrides a method FTP_TLS runs by itself: its effect is not shown here
