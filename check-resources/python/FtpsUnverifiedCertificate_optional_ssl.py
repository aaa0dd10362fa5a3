# Libraries that work without OpenSSL import ssl optionally; the module then has no clear type, but the
# names used still say which ssl members are meant.
import ftplib
try:
    import ssl
except ImportError:
    ssl = None


def checks_turned_off(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ftplib.FTP_TLS(host, context=ctx)  # Noncompliant


def verified(host):
    return ftplib.FTP_TLS(host, context=ssl.create_default_context())


def client_context_left_at_its_defaults(host):
    return ftplib.FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))


# The other shapes of the optional import, one mechanism for ssl and ftplib (OptionalImports).
try:
    import ssl as tls
except ImportError:
    tls = None

try:
    from ssl import CERT_NONE, create_default_context, _create_unverified_context
except ImportError:  # also raised by an old ssl that lacks one of the names
    CERT_NONE = create_default_context = _create_unverified_context = None

try:
    from ssl import CERT_OPTIONAL as ANY_CERTIFICATE
except ImportError:
    ANY_CERTIFICATE = 1

try:
    import ssl as dummied
except ImportError:
    class _SslDummy:
        """werkzeug's fallback: any use raises."""

        def __getattr__(self, name):
            raise RuntimeError("SSL support unavailable")

    dummied = _SslDummy()

try:
    import ssl as broad
except Exception:
    broad = None

try:
    import ssl as backport
except ImportError:
    # without ssl, ftplib has no FTP_TLS: nothing bound here reaches an FTPS client
    import backports.ssl as backport


def aliased_module(host):
    ctx = tls.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = tls.CERT_NONE
    return ftplib.FTP_TLS(host, context=ctx)  # Noncompliant


def imported_names(host):
    ctx = create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = CERT_NONE
    ftplib.FTP_TLS(host, context=ctx)  # Noncompliant
    ftplib.FTP_TLS(host, context=_create_unverified_context())  # Noncompliant
    ftplib.FTP_TLS(host, context=create_default_context())


def literal_fallback(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.verify_mode = ANY_CERTIFICATE
    return ftplib.FTP_TLS(host, context=ctx)  # Noncompliant


def stub_broad_and_backport_fallbacks(host):
    first = dummied.create_default_context()
    first.check_hostname = False
    first.verify_mode = dummied.CERT_NONE
    ftplib.FTP_TLS(host, context=first)  # Noncompliant
    ftplib.FTP_TLS(host, context=broad._create_unverified_context())  # Noncompliant
    ftplib.FTP_TLS(host, context=backport._create_unverified_context())  # Noncompliant
    ftplib.FTP_TLS(host, context=dummied.create_default_context())
    ftplib.FTP_TLS(host, context=broad.create_default_context())


# Look-alikes: names that no longer certainly denote ssl's members (and one that still does).
try:
    import ssl as patched
    patched = instrument(patched)  # rebound where the import succeeded
except ImportError:
    patched = None

import ssl as replaced
replaced = load_fake_ssl()

try:
    from ssl import CERT_OPTIONAL as SOME_CERTIFICATE
except ImportError:
    # ssl is there, without the name: the fallback is whatever the code computes
    SOME_CERTIFICATE = pick_mode()

try:
    import ssl as attribute_guarded
except AttributeError:
    class attribute_guarded:  # a stub where the import succeeded: not a fallback
        pass

try:
    import ssl as disabled
except AttributeError:
    disabled = None  # None anywhere names nothing: still ssl or nothing


def rebound_names(host):
    ftplib.FTP_TLS(host, context=patched._create_unverified_context())
    ftplib.FTP_TLS(host, context=replaced._create_unverified_context())
    ftplib.FTP_TLS(host, context=attribute_guarded._create_unverified_context())
    ftplib.FTP_TLS(host, context=disabled._create_unverified_context())  # Noncompliant
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.verify_mode = SOME_CERTIFICATE
    ftplib.FTP_TLS(host, context=ctx)
