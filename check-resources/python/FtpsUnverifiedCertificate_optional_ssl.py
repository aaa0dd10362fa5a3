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
