import ftplib
import ssl
from ftplib import FTP_TLS
from ftplib import FTP_TLS as SecureClient
from ssl import SSLContext, PROTOCOL_TLS, CERT_NONE, _create_unverified_context as no_checks


# --- No context: FTP_TLS falls back to ssl._create_stdlib_context(), which checks nothing ---

def no_context(host):
    ftps = FTP_TLS(host)  # Noncompliant {{Pass a verifying context, as in FTP_TLS(host, context=ssl.create_default_context()): without one, FTP_TLS checks neither the server's certificate nor its hostname.}}
#          ^^^^^^^^^^^^^
    ftps.login()
    ftps.prot_p()


def context_none(host):
    ftps = FTP_TLS(host, context=None)  # Noncompliant
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^
#                        ^^^^^^^^^^^^@-1< {{No context is given here.}}
    ftps.login()


def context_none_through_a_variable(host):
    ctx = None
    return FTP_TLS(host, context=ctx)  # Noncompliant


def with_statement_alias_and_module_attribute(host):
    with SecureClient(host) as ftps:  # Noncompliant
#        ^^^^^^^^^^^^^^^^^^
        ftps.login()
    factory = ftplib.FTP_TLS
    factory(host)  # Noncompliant
    ftplib.FTP_TLS(host, "user", "secret")  # Noncompliant


def compliant_look_alikes(host, context, *args, **kwargs):
    FTP_TLS(host, context=ssl.create_default_context())  # inline: SonarSource's own false positive
    ctx = ssl.create_default_context()
    FTP_TLS(host, context=ctx)
    FTP_TLS(host, "user", "secret", "", None, None, ctx)  # positional context (Python 3.11 and older)
    FTP_TLS(host, context=context)  # a parameter: unknown
    FTP_TLS(host, context=make_context())  # a helper that returns a verifying context
    FTP_TLS(*args)  # may pass a context
    FTP_TLS(host, **kwargs)
    FTP_TLS(host, context=ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH))
    ftplib.FTP(host)  # plain FTP is another rule's business


def make_context():
    return ssl.create_default_context()


# --- A class picked at run time: its FTP_TLS path is judged like any FTP_TLS creation ---

def class_chosen_at_run_time(host, tls):
    cls = ftplib.FTP_TLS if tls else ftplib.FTP
    cls(host)  # Noncompliant
    verified = ftplib.FTP_TLS if tls else ftplib.FTP
    verified(host, context=ssl.create_default_context())
    both = ftplib.FTP_TLS if tls else SecureClient
    both(host, context=ssl.create_default_context())


# --- Subclasses ---

class QuietFtps(FTP_TLS):
    def __init__(self, host):
        super().__init__(host, timeout=10)
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{No context is given here.}}


class ExplicitBase(FTP_TLS):
    def __init__(self, host):
        FTP_TLS.__init__(self, host, context=ssl.create_default_context())


class NoInit(FTP_TLS):
    pass


class PassesItsParameter(FTP_TLS):
    def __init__(self, host, context=None):
        super().__init__(host, context=context)


class SetsItsOwnContext(FTP_TLS):
    def __init__(self, host):
        super().__init__(host)
        self.context = ssl.create_default_context()


def subclasses(host):
    QuietFtps(host)  # Noncompliant
#   ^^^^^^^^^^^^^^^
    NoInit(host)  # Noncompliant
    NoInit(host, context=ssl.create_default_context())
    ExplicitBase(host)
    PassesItsParameter(host, context=ssl.create_default_context())
    SetsItsOwnContext(host)


def subclass_parameter_defaults_to_none(host):
    PassesItsParameter(host)  # Noncompliant


class Forwards(FTP_TLS):
    def __init__(self, host, *args, **kwargs):
        super().__init__(host, *args, **kwargs)
        self.host_name = host


class ImplicitFtps(ftplib.FTP_TLS):
    """The common implicit-FTPS recipe: wraps the control socket with self.context as soon as it is set."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._sock = None

    @property
    def sock(self):
        return self._sock

    @sock.setter
    def sock(self, value):
        if value is not None and not isinstance(value, ssl.SSLSocket):
            value = self.context.wrap_socket(value)
        self._sock = value


class PassesItsOwnContext(FTP_TLS):
    def __init__(self, host, **kwargs):
        super().__init__(host, context=ssl._create_unverified_context(), **kwargs)


class PassesItsOwnVerifyingContext(FTP_TLS):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, context=make_context(), **kwargs)


class MutatesItsKeywords(FTP_TLS):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("context", ssl.create_default_context())
        super().__init__(*args, **kwargs)


class TakesTheContextItself(FTP_TLS):
    def __init__(self, host, context=None, **kwargs):
        super().__init__(host, **kwargs)
        self.wanted = context


class ReordersItsArguments(FTP_TLS):
    def __init__(self, user, host, *args):
        super().__init__(host, user, *args)


def forwarding_subclasses(host, given):
    Forwards(host)  # Noncompliant
    Forwards(host, context=ssl._create_unverified_context())  # Noncompliant
    ImplicitFtps()  # Noncompliant {{Pass a verifying context, as in FTP_TLS(host, context=ssl.create_default_context()): without one, FTP_TLS checks neither the server's certificate nor its hostname.}}
    PassesItsOwnContext(host)  # Noncompliant


def forwarding_subclass_look_alikes(host, given, options):
    Forwards(host, context=ssl.create_default_context())
    Forwards(host, "user", "secret", "", None, None, ssl.create_default_context())
    ImplicitFtps(context=ssl.create_default_context())
    ImplicitFtps(host, context=given)
    ImplicitFtps(host, **options)
    PassesItsOwnVerifyingContext(host)
    MutatesItsKeywords(host)


def fn_subclasses_that_drop_the_context(host):
    # The context the creation gives never reaches FTP_TLS, but the analysis only follows arguments forwarded as they
    # are: accepted misses.
    TakesTheContextItself(host, context=ssl.create_default_context())
    ReordersItsArguments("user", host)


# --- Contexts that verify nothing ---

def unverified_factories(host):
    FTP_TLS(host, context=ssl._create_unverified_context())  # Noncompliant {{Verify the server's certificate: this client's context accepts any certificate. Use ssl.create_default_context() and keep its checks on.}}
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
#                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{This context is created without these checks.}}
    ctx = ssl._create_stdlib_context()
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{This context is created without these checks.}}
    FTP_TLS(host, context=ctx)  # Noncompliant
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^
    FTP_TLS(host, context=no_checks())  # Noncompliant
    FTP_TLS(host, "user", "secret", "", None, None, ssl._create_unverified_context())  # Noncompliant


def unverified_factory_with_checks_turned_back_on(host):
    ctx = ssl._create_unverified_context(cert_reqs=ssl.CERT_REQUIRED, check_hostname=True, cafile="ca.pem")
    FTP_TLS(host, context=ctx)


def ssl_context_with_unverified_defaults(host):
    FTP_TLS(host, context=ssl.SSLContext())  # Noncompliant
    FTP_TLS(host, context=SSLContext(PROTOCOL_TLS))  # Noncompliant
    FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_SSLv23))  # Noncompliant
    FTP_TLS(host, context=ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_2))  # Noncompliant


def ssl_context_turned_to_verify(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_default_certs()
    FTP_TLS(host, context=ctx)

    ctx2 = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx2.check_hostname = True  # also sets verify_mode to CERT_REQUIRED (Python 3.7+)
    ctx2.load_default_certs()
    FTP_TLS(host, context=ctx2)


def ssl_context_verifying_certificate_but_not_hostname(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{This context is created without these checks.}}
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_default_certs()
    FTP_TLS(host, context=ctx)  # Noncompliant {{Check the server's hostname: this client's context accepts a valid certificate issued for any host. Keep check_hostname = True.}}
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^


def tls_client_defaults_verify(host):
    FTP_TLS(host, context=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    ctx = SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    FTP_TLS(host, context=ctx)


# --- Checks turned off before the use ---

def hostname_check_off(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^> {{The hostname check is turned off here.}}
    ftps = FTP_TLS(host, context=ctx)  # Noncompliant {{Check the server's hostname: this client's context accepts a valid certificate issued for any host. Keep check_hostname = True.}}
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^
    ftps.login()


def both_checks_off(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = 0
#   ^^^^^^^^^^^^^^^^^^^^^^> {{The hostname check is turned off here.}}
    ctx.verify_mode = ssl.CERT_NONE
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{The certificate check is turned off here.}}
    FTP_TLS(host, context=ctx)  # Noncompliant
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^


def optional_certificate(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = None
    ctx.verify_mode = CERT_NONE
    ctx.verify_mode = ssl.CERT_OPTIONAL
    FTP_TLS(host, context=ctx)  # Noncompliant


def turned_off_in_a_branch(host, insecure):
    ctx = ssl.create_default_context()
    if insecure:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    FTP_TLS(host, context=ctx)  # Noncompliant


def turned_off_then_back_on(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    FTP_TLS(host, context=ctx)


def turned_off_after_the_creation(host):
    ctx = ssl.create_default_context()
    ftps = FTP_TLS(host, context=ctx)  # Noncompliant
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^
    ctx.check_hostname = False  # FTP_TLS keeps the context object and wraps the socket with it only at login
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^< {{The hostname check is turned off here.}}
    ftps.login()


def turned_off_through_the_client(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())  # Noncompliant
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    ftps.context.check_hostname = False
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^< {{The hostname check is turned off here.}}
    ftps.context.verify_mode = ssl.CERT_NONE
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^< {{The certificate check is turned off here.}}
    ftps.login()

    with FTP_TLS(host, context=ssl.create_default_context()) as other:  # Noncompliant
        other.context.check_hostname = False

    fine = FTP_TLS(host, context=ssl.create_default_context())
    fine.context.check_hostname = True
    fine.context.load_default_certs()


def turned_off_on_another_context_later(host):
    ctx = ssl.create_default_context()
    ftps = FTP_TLS(host, context=ctx)
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    return ftps


def turned_off_in_another_function():
    ctx = ssl.create_default_context()

    def helper():
        ctx.check_hostname = False
    return ctx


def unknown_values(host, flag, mode):
    ctx = ssl.create_default_context()
    ctx.check_hostname = flag
    ctx.verify_mode = mode
    FTP_TLS(host, context=ctx)


def turned_on_only_in_a_branch(host, strict):
    ctx = ssl.create_default_context()
    if strict:
        ctx.check_hostname = True
    FTP_TLS(host, context=ctx)


# --- Reassignment: the assignment that reaches the use counts ---

def reassigned_to_safe(host):
    ctx = ssl._create_unverified_context()
    ctx = ssl.create_default_context()
    FTP_TLS(host, context=ctx)


def reassigned_to_unsafe(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx = ssl.create_default_context()
    FTP_TLS(host, context=ctx)
    ctx = ssl._create_unverified_context()
    FTP_TLS(host, context=ctx)  # Noncompliant


def two_values_may_reach(host, debug):
    ctx = ssl.create_default_context()
    if debug:
        ctx = ssl._create_unverified_context()
    FTP_TLS(host, context=ctx)  # unknown which one: silent


# --- A context swapped on the client before it is used: ftplib reads self.context at login and per transfer ---

def context_replaced_on_the_client(host):
    ftps = FTP_TLS(host)  # this assignment replaces the fallback before any use
    ftps.context = ssl.create_default_context()
    ftps.login()

    later = FTP_TLS(timeout=10)
    later.context = ssl.create_default_context()
    later.connect(host)
    later.login()


def unverified_context_swapped_in(host):
    ctx = ssl._create_unverified_context()
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{This context is created without these checks.}}
    ftps = FTP_TLS(timeout=10)  # Noncompliant {{Verify the server's certificate: this client's context accepts any certificate. Use ssl.create_default_context() and keep its checks on.}}
#          ^^^^^^^^^^^^^^^^^^^
    ftps.context = ctx
    ftps.connect(host)
    ftps.login()


def weakened_context_swapped_in(host):
    ftps = FTP_TLS(timeout=10)  # Noncompliant {{Check the server's hostname: this client's context accepts a valid certificate issued for any host. Keep check_hostname = True.}}
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ftps.context = ctx
    ftps.connect(host)


def none_swapped_in(host):
    ftps = FTP_TLS(timeout=10)  # Noncompliant
#          ^^^^^^^^^^^^^^^^^^^
    ftps.context = None
#   ^^^^^^^^^^^^^^^^^^^< {{No context is given here.}}
    ftps.connect(host)


def swaps_the_analysis_does_not_follow(host, secure, ctx):
    in_a_branch = FTP_TLS(timeout=10)
    if secure:
        in_a_branch.context = ssl.create_default_context()
    after_a_use = FTP_TLS(timeout=10)
    after_a_use.connect(host)
    after_a_use.context = ssl._create_unverified_context()
    twice = FTP_TLS(timeout=10)
    twice.context = ssl.create_default_context()
    twice.context = ctx
    from_a_parameter = FTP_TLS(timeout=10)
    from_a_parameter.context = ctx


def fn_swapped_after_the_constructor_logged_in(host):
    # Given a user, the constructor logs in with the fallback context before the swap: accepted miss.
    ftps = FTP_TLS(host, "user", "secret")
    ftps.context = ssl.create_default_context()


def chained_names(host):
    base = ssl.create_default_context()
    ctx = base
    ctx.verify_mode = ssl.CERT_NONE
    FTP_TLS(host, context=ctx)  # Noncompliant


def fn_changed_through_another_name(host):
    # Writes through a name the context was copied to after the use's name are not followed: accepted miss.
    ctx = ssl.create_default_context()
    alias = ctx
    alias.verify_mode = ssl.CERT_NONE
    FTP_TLS(host, context=ctx)


def fn_changed_by_a_helper(host):
    # What a called function does to the context is not followed: accepted miss.
    ctx = ssl.create_default_context()
    disable_checks(ctx)
    FTP_TLS(host, context=ctx)


def disable_checks(ctx):
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE


def turned_on_in_a_try(host):
    # A change inside try may not run: whether the checks are on is unknown, so silent.
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    try:
        ctx.check_hostname = True
        ctx.load_default_certs()
    except ssl.SSLError:
        raise
    FTP_TLS(host, context=ctx)


# --- Contexts kept in attributes: judged when every assignment and change the class makes agrees ---

class Client:
    def __init__(self, host):
        self.ctx = ssl._create_unverified_context()
        self.host = host

    def connect(self):
        return FTP_TLS(self.host, context=self.ctx)  # Noncompliant {{Verify the server's certificate: this client's context accepts any certificate. Use ssl.create_default_context() and keep its checks on.}}


class WeakenedInAnotherMethod:
    def __init__(self):
        self.tls = ssl.create_default_context()

    def insecure(self):
        self.tls.check_hostname = False
        self.tls.verify_mode = ssl.CERT_NONE

    def connect(self, host):
        return FTP_TLS(host, context=self.tls)  # Noncompliant


class WeakenedInInit:
    def __init__(self):
        self.tls = ssl.create_default_context()
        self.tls.check_hostname = False

    def connect(self, host):
        return FTP_TLS(host, context=self.tls)  # Noncompliant {{Check the server's hostname: this client's context accepts a valid certificate issued for any host. Keep check_hostname = True.}}


class AttributeFromAHelperMethod:
    def __init__(self):
        self.tls = self._make()

    def _make(self):
        return ssl._create_unverified_context()

    def connect(self, host):
        return FTP_TLS(host, context=self.tls)  # Noncompliant


class VerifyingAttributes:
    tls = ssl.create_default_context()

    def __init__(self):
        self.strict = ssl.create_default_context()
        self.strict.check_hostname = True

    def connect(self, host):
        FTP_TLS(host, context=self.tls)
        return FTP_TLS(host, context=self.strict)


class HardenedInAnotherMethod:
    def __init__(self):
        self.tls = ssl._create_unverified_context()

    def harden(self):
        self.tls.check_hostname = True
        self.tls.verify_mode = ssl.CERT_REQUIRED

    def connect(self, host):
        return FTP_TLS(host, context=self.tls)  # the class turns the checks on somewhere: silent


class AttributeFromAParameter:
    def __init__(self, context):
        self.tls = context

    def connect(self, host):
        return FTP_TLS(host, context=self.tls)


class AttributeReassigned:
    def __init__(self):
        self.tls = ssl.create_default_context()

    def reset(self):
        self.tls = ssl._create_unverified_context()

    def connect(self, host):
        return FTP_TLS(host, context=self.tls)  # two values that disagree: silent


# --- Helpers of the file that return a context: followed when all their returns agree ---

def verifying_context():
    return ssl.create_default_context()


def unverified_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def unverified_through_another_helper():
    return unverified_context()


def context_by_flag(strict):
    if strict:
        return ssl.create_default_context()
    return ssl._create_unverified_context()


def context_from(ctx):
    return ctx


def maybe_context(flag):
    if flag:
        return ssl._create_unverified_context()


def helper_contexts(host):
    FTP_TLS(host, context=unverified_context())  # Noncompliant
    ctx = unverified_context()
    FTP_TLS(host, context=ctx)  # Noncompliant
    FTP_TLS(host, context=unverified_through_another_helper())  # Noncompliant


def helper_look_alikes(host, strict):
    FTP_TLS(host, context=verifying_context())
    fixed = unverified_context()
    fixed.verify_mode = ssl.CERT_REQUIRED
    fixed.check_hostname = True
    FTP_TLS(host, context=fixed)
    FTP_TLS(host, context=context_by_flag(strict))  # its returns disagree
    FTP_TLS(host, context=context_from(None))  # returns its parameter
    FTP_TLS(host, context=maybe_context(strict))  # may fall off its end
    FTP_TLS(host, context=unknown_module.make_context())


class HelperMethods:
    def _unverified(self):
        return ssl._create_unverified_context()

    def _verified(self):
        return ssl.create_default_context()

    def connect(self, host):
        FTP_TLS(host, context=self._verified())
        return FTP_TLS(host, context=self._unverified())  # Noncompliant


# --- Module level ---
MODULE_CONTEXT = ssl.create_default_context()
MODULE_CONTEXT.check_hostname = False
#^[sc=1;ec=37]> {{The hostname check is turned off here.}}


def uses_module_context(host):
    FTP_TLS(host, context=MODULE_CONTEXT)  # Noncompliant
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^


def robustness(host, items):
    FTP_TLS(context=ssl.create_default_context())(host)
    (lambda h: FTP_TLS(h, context=ssl.create_default_context()))(host)
    if (ctx := ssl.create_default_context()):
        FTP_TLS(host, context=ctx)
    match items:
        case [first, *rest]:
            FTP_TLS(first, context=rest)
    unknown_name.FTP_TLS(host)


RELOADED = ssl._create_unverified_context()
RELOADED = ssl.create_default_context()
module_client = FTP_TLS("example.com", context=RELOADED)

WEAKENED = ssl.create_default_context()
WEAKENED = ssl._create_unverified_context()
weak_module_client = FTP_TLS("example.com", context=WEAKENED)  # Noncompliant
