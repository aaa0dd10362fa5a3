# FTP_TLS imported optionally (Python built without OpenSSL has no ftplib.FTP_TLS): the fallback creates no client,
# so FTP_TLS(...) is an FTP_TLS creation wherever it is called (issue 13, shape 8).
import ssl

try:
    from ftplib import FTP_TLS
except ImportError:
    FTP_TLS = None

try:
    import ftplib
except (ImportError, AttributeError):
    ftplib = None

try:
    from ftplib import FTP_TLS as StubbedTls
except ImportError:
    class StubbedTls:
        """Raises on use: no client."""

        def __init__(self, *args, **kwargs):
            raise RuntimeError("FTPS support is missing")

try:
    from ftplib import FTP_TLS as ObjectFallback
except ModuleNotFoundError as missing:
    ObjectFallback = object

try:
    from ftplib import FTP_TLS as ErrorFallback
except ImportError as err:
    ErrorFallback = err


def no_prot_p(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.retrlines("LIST")  # Noncompliant
#   ^^^^^^^^^^^^^^


def through_the_module(host, user, password):
    ftps = ftplib.FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()  # Noncompliant


def stub_class_fallback(host, user, password):
    ftps = StubbedTls(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()  # Noncompliant


def object_and_error_fallbacks(host, user, password):
    first = ObjectFallback(host, context=ssl.create_default_context())
    first.login(user, password)
    first.nlst()  # Noncompliant
    second = ErrorFallback(host, context=ssl.create_default_context())
    second.login(user, password)
    second.nlst()  # Noncompliant


def protected(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.retrlines("LIST")


def protected_with(host, user, password):
    with ftplib.FTP_TLS(host, context=ssl.create_default_context()) as ftps:
        ftps.login(user, password)
        ftps.prot_p()
        ftps.nlst()


class KeepsAlive(FTP_TLS):
    """A subclass of the optionally imported class: its type does not know FTP_TLS as a base."""
    keepalive_seconds = 30


def fn_subclass_of_the_optional_import(host, user, password):
    # accepted gap: the analyzer types the base as unknown, and following the import into subclasses is not done
    ftps = KeepsAlive(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()


# The other fallbacks that make no client (OptionalImports, the same rules for ssl and ftplib).
try:
    from ftplib import FTP_TLS as BroadHandler
except Exception:  # catches the failed import too
    BroadHandler = None

try:
    import ftplib as bare
except:  # noqa: E722
    bare = None

try:
    from ftplib import FTP_TLS as DummyFallback
except ImportError:
    class _Unavailable:
        """Its instance stands in for the class: calling it raises."""

    DummyFallback = _Unavailable()

try:
    from ftplib import FTP_TLS as MessageFallback
except ImportError:
    MessageFallback = "FTP_TLS needs the ssl module"


try:
    from ftplib import FTP_TLS as Disabled
except AttributeError:
    Disabled = None  # None anywhere makes no client: still FTP_TLS or nothing


def other_fallbacks(host, user, password):
    first = BroadHandler(host, context=ssl.create_default_context())
    first.login(user, password)
    first.nlst()  # Noncompliant
    second = bare.FTP_TLS(host, context=ssl.create_default_context())
    second.login(user, password)
    second.nlst()  # Noncompliant
    third = DummyFallback(host, context=ssl.create_default_context())
    third.login(user, password)
    third.nlst()  # Noncompliant
    fourth = MessageFallback(host, context=ssl.create_default_context())
    fourth.login(user, password)
    fourth.nlst()  # Noncompliant
    fifth = Disabled(host, context=ssl.create_default_context())
    fifth.login(user, password)
    fifth.nlst()  # Noncompliant


def other_fallbacks_protected(host, user, password):
    ftps = bare.FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.nlst()
