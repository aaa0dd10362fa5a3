import ssl
from ftplib import FTP_TLS
from ssl import TLSVersion, PROTOCOL_TLSv1_1


# --- Protocols pinned below TLS 1.2 ---

def weak_protocols(host):
    FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_TLSv1))  # Noncompliant {{Use ssl.create_default_context() or PROTOCOL_TLS_CLIENT: PROTOCOL_TLSv1 pins this FTPS connection to a protocol version older than TLS 1.2.}}
#                                        ^^^^^^^^^^^^^^^^^^
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{This FTPS client uses the context.}}
    ctx = ssl.SSLContext(PROTOCOL_TLSv1_1)  # Noncompliant
#                        ^^^^^^^^^^^^^^^^
    ftps = FTP_TLS(host, context=ctx)
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^< {{This FTPS client uses the context.}}
    FTP_TLS(host, context=ssl.SSLContext(protocol=ssl.PROTOCOL_SSLv3))  # Noncompliant
    FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_SSLv2))  # Noncompliant


def strong_protocols(host, protocol):
    FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_TLSv1_2))  # pinned to 1.2: old but not weak (no TLS 1.3 though)
    FTP_TLS(host, context=ssl.SSLContext(protocol))
    ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # never reaches an FTPS client: not this rule's business


# --- minimum_version and maximum_version ---

def minimum_version(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # Noncompliant {{Raise minimum_version to ssl.TLSVersion.TLSv1_2 or later: TLSv1 lets this FTPS connection fall back to a broken protocol version.}}
#                         ^^^^^^^^^^^^^^^^^^^^
    FTP_TLS(host, context=ctx)
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^< {{This FTPS client uses the context.}}

    ctx2 = ssl.create_default_context()
    ctx2.minimum_version = TLSVersion.MINIMUM_SUPPORTED  # Noncompliant
    FTP_TLS(host, context=ctx2)

    ctx3 = ssl.create_default_context()
    ctx3.minimum_version = TLSVersion.TLSv1_1
    ctx3.minimum_version = TLSVersion.TLSv1_2  # the last value counts
    FTP_TLS(host, context=ctx3)

    ctx4 = ssl.create_default_context()
    ctx4.minimum_version = ssl.TLSVersion.TLSv1_3
    FTP_TLS(host, context=ctx4)


def maximum_version(host, legacy):
    ctx = ssl.create_default_context()
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1  # Noncompliant {{Remove this cap or raise maximum_version to ssl.TLSVersion.TLSv1_2 or later: TLSv1_1 holds this FTPS connection to a broken protocol version.}}
#                         ^^^^^^^^^^^^^^^^^^^^^^
    FTP_TLS(host, context=ctx)

    ctx2 = ssl.create_default_context()
    ctx2.maximum_version = ssl.TLSVersion.TLSv1_2
    FTP_TLS(host, context=ctx2)

    ctx3 = ssl.create_default_context()
    if legacy:
        ctx3.minimum_version = ssl.TLSVersion.SSLv3  # Noncompliant
    FTP_TLS(host, context=ctx3)


# --- options ---

def options_cleared(host):
    ctx = ssl.create_default_context()
    ctx.options &= ~ssl.OP_NO_TLSv1  # Noncompliant {{Keep OP_NO_TLSv1 set: clearing it lets this FTPS connection use a protocol version older than TLS 1.2.}}
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    FTP_TLS(host, context=ctx)

    ctx2 = ssl.create_default_context()
    ctx2.options &= ~(ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1)  # Noncompliant {{Keep OP_NO_TLSv1 and OP_NO_TLSv1_1 set: clearing them lets this FTPS connection use a protocol version older than TLS 1.2.}}
    FTP_TLS(host, context=ctx2)


def options_kept(host):
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ctx.options &= ~ssl.OP_NO_COMPRESSION  # another option
    FTP_TLS(host, context=ctx)

    ctx2 = ssl.create_default_context()
    ctx2.options &= ~ssl.OP_NO_TLSv1
    ctx2.options |= ssl.OP_NO_TLSv1  # set again before use
    FTP_TLS(host, context=ctx2)


# --- Cipher strings ---

def weak_ciphers(host):
    ctx = ssl.create_default_context()
    ctx.set_ciphers("HIGH:RC4-SHA:!aNULL")  # Noncompliant {{Remove "RC4-SHA" from this cipher string or exclude them with "!": they enable weak cipher suites.}}
#                   ^^^^^^^^^^^^^^^^^^^^^
    FTP_TLS(host, context=ctx)
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^< {{This FTPS client uses the context.}}

    ctx2 = ssl.create_default_context()
    ctx2.set_ciphers("ALL")  # Noncompliant {{Remove "ALL" from this cipher string or exclude them with "!": they enable weak cipher suites.}}
    FTP_TLS(host, context=ctx2)

    weak = "DEFAULT:3DES:eNULL"
    ctx3 = ssl.create_default_context()
    ctx3.set_ciphers(weak)  # Noncompliant {{Remove "3DES", "eNULL" from this cipher string or exclude them with "!": they enable weak cipher suites.}}
    FTP_TLS(host, context=ctx3)

    ctx4 = ssl.create_default_context()
    ctx4.set_ciphers(ciphers="EXP:ADH")  # Noncompliant
    FTP_TLS(host, context=ctx4)


def strong_ciphers(host, configured):
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20:!aNULL:!MD5:!DSS")
    FTP_TLS(host, context=ctx)

    ctx2 = ssl.create_default_context()
    ctx2.set_ciphers("ALL:!aNULL:!eNULL:RC4:!RC4")
    FTP_TLS(host, context=ctx2)

    ctx3 = ssl.create_default_context()
    ctx3.set_ciphers("RC4")
    ctx3.set_ciphers("HIGH:!aNULL")  # the last call counts
    FTP_TLS(host, context=ctx3)

    ctx4 = ssl.create_default_context()
    ctx4.set_ciphers(configured)  # unknown
    FTP_TLS(host, context=ctx4)

    ctx5 = ssl.create_default_context()
    ctx5.set_ciphers(f"HIGH:{configured}")  # not a constant
    FTP_TLS(host, context=ctx5)


def one_context_two_clients(host):
    ctx = ssl.create_default_context()
    ctx.set_ciphers("MD5")  # Noncompliant
    first = FTP_TLS(host, context=ctx)
    second = FTP_TLS(host, context=ctx)  # the setting is reported once, with the first client
    return first, second


def weakened_through_the_client(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{This FTPS client uses the context.}}
    ftps.context.minimum_version = ssl.TLSVersion.TLSv1_1  # Noncompliant
#                                  ^^^^^^^^^^^^^^^^^^^^^^
    ftps.login()


def weak_context_swapped_in(host):
    ftps = FTP_TLS(timeout=10)
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # Noncompliant
#                         ^^^^^^^^^^^^^^^^^^^^
#          ^^^^^^^^^^^^^^^^^^^@-3< {{This FTPS client uses the context.}}
    ftps.context = ctx
    ftps.connect(host)

    strong = FTP_TLS(timeout=10)
    strong.context = ssl.create_default_context()


class LegacyServers:
    def __init__(self):
        self.tls = ssl.create_default_context()

    def allow_old_servers(self):
        self.tls.minimum_version = ssl.TLSVersion.TLSv1  # Noncompliant

    def connect(self, host):
        return FTP_TLS(host, context=self.tls)


def weak_context_helper():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ALL:RC4")  # Noncompliant
    return ctx


def uses_weak_context_helper(host):
    FTP_TLS(host, context=weak_context_helper())


def not_reaching_an_ftps_client(host, context):
    ctx = ssl.create_default_context()
    ctx.set_ciphers("RC4")
    FTP_TLS(host, context=context)


def fn_weakened_by_a_helper(host):
    # Changes made in another function are not followed: accepted miss.
    ctx = ssl.create_default_context()
    allow_old_tls(ctx)
    FTP_TLS(host, context=ctx)


def allow_old_tls(ctx):
    ctx.minimum_version = ssl.TLSVersion.TLSv1


def fp_options_reassigned(host):
    # A plain "options =" after clearing is not read as setting the bits again: accepted false alarm.
    ctx = ssl.create_default_context()
    ctx.options &= ~ssl.OP_NO_TLSv1  # Noncompliant
    ctx.options = ctx.options | ssl.OP_NO_TLSv1
    FTP_TLS(host, context=ctx)
