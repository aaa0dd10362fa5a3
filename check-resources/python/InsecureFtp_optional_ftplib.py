try:
    from ftplib import FTP
#                      ^^^> {{Cleartext FTP class chosen here.}}
except ImportError:  # some embedded Pythons ship without ftplib
    FTP = None


def connect(host):
    if FTP is None:
        raise RuntimeError("no FTP support")
    return FTP(host)  # Noncompliant
#          ^^^^^^^^^
