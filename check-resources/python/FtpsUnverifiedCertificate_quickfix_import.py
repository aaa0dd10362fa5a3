#!/usr/bin/env python3
"""Quick fixes of FtpsUnverifiedCertificate that add "import ssl": after the docstring and __future__ imports."""
from __future__ import annotations

from ftplib import FTP_TLS
from ssl import _create_unverified_context


def no_context(host):
    return FTP_TLS(host)  # Noncompliant


def unverified(host):
    return FTP_TLS(host, context=_create_unverified_context())  # Noncompliant


def shadowed(host, ssl):
    return FTP_TLS(host)  # Noncompliant


def imported_later(host):
    client = FTP_TLS(host)  # Noncompliant
    import ssl
    return client, ssl


def imported_here(host):
    import ssl as tls
    return FTP_TLS(host)  # Noncompliant
