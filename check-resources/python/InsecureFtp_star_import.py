from ftplib import *


def star_import(host):
    FTP(host)  # Noncompliant
    FTP_TLS(host)
