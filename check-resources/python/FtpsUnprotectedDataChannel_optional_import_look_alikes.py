# Fallbacks that may create a client: FTP_TLS(...) is then not certainly an FTP_TLS creation, and this rule, which
# needs a client known to be FTP_TLS, stays silent.
import ftplib
import ssl

try:
    from ftplib import FTP_TLS
except ImportError:
    FTP_TLS = ftplib.FTP  # cleartext FTP: InsecureFtp's concern

try:
    from ftplib import FTP_TLS as Backported
except ImportError:
    from ftps_backport import FTP_TLS as Backported  # a class the code does not show

try:
    from ftplib import FTP_TLS as Chosen
except ImportError:
    Chosen = make_client_class()

try:
    from ftplib import FTP_TLS as AnyError
except Exception:
    AnyError = None
AnyError = ftplib.FTP


def plain_fallback(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()


def unknown_fallbacks(host, user, password):
    first = Backported(host, context=ssl.create_default_context())
    first.login(user, password)
    first.nlst()
    second = Chosen(host, context=ssl.create_default_context())
    second.login(user, password)
    second.nlst()
    third = AnyError(host, context=ssl.create_default_context())
    third.login(user, password)
    third.nlst()


try:
    from ftplib import FTP_TLS as AttributeGuarded
except AttributeError:  # runs where the import succeeded: a stub there is not a fallback
    class AttributeGuarded:
        pass

import ftplib as replaced
replaced = load_client_module()  # where the import succeeded: no longer ftplib

try:
    import ftplib as wrapped
    wrapped = instrument(wrapped)
except ImportError:
    wrapped = None


def rebound_names(host, user, password):
    first = AttributeGuarded(host, context=ssl.create_default_context())
    first.login(user, password)
    first.nlst()
    second = replaced.FTP_TLS(host, context=ssl.create_default_context())
    second.login(user, password)
    second.nlst()
    third = wrapped.FTP_TLS(host, context=ssl.create_default_context())
    third.login(user, password)
    third.nlst()
