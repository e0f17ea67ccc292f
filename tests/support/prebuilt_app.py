"""Serve the app from a production build made earlier in this folder, without building again.

``python -m tests.support.prebuilt_app --port P`` (run in the app folder whose ``.web/`` holds the
build of ``python -m careercopilot run``): Reflex's production backend (granian,
``GRANIAN_WORKERS`` processes) with the compiled frontend mounted on the same port — what
``reflex run --env prod`` does after its build step. The loopback topology
(:mod:`tests.support.topology`) builds once and starts every further app process with this.
"""

from __future__ import annotations

import argparse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()

    from reflex import constants
    from reflex.environment import environment
    from reflex.utils import exec as rx_exec

    from careercopilot.cli.core import server_env

    import os

    os.environ.update(server_env(args.port))  # GRANIAN_WORKERS (and REFLEX_LOG_JSON) from settings, like `run`
    from careercopilot.logging import configure_logging

    configure_logging()  # this supervisor's own records: JSON with JSON logs, like every app process
    environment.REFLEX_ENV_MODE.set(constants.Env.PROD)
    environment.REFLEX_SKIP_COMPILE.set(True)
    rx_exec.run_backend_prod(args.host, args.port, constants.LogLevel.WARNING, mount_frontend_compiled_app=True)


if __name__ == "__main__":
    main()
