package io.ftpsecurity.python.api;

import java.util.List;

/**
 * Python functions that never return to their caller: the control-flow graph of python-frontend does not know that
 * code after them is unreachable, so flow analyses end the path themselves.
 */
public final class ProcessExitApi {

  /** {@code sys.exit()}, the site builtins {@code exit()} and {@code quit()}, {@code os._exit()}, {@code os.abort()}. */
  public static final TypeMatcher ENDS_PROCESS = TypeMatchers.withAnyFQN(List.of("sys.exit", "exit", "quit", "os._exit", "os.abort"));

  private ProcessExitApi() {
  }
}
