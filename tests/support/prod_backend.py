"""Reflex's production server path — granian through ``reflex.utils.exec.run_granian_backend_prod``,
what ``careercopilot run`` (``reflex run --env prod``) and the topology's app processes
(:mod:`tests.support.prebuilt_app`) run — serving :mod:`tests.support.obs_backend` (the backend
routes, no frontend build), for tests of what an app process prints::

    python -m tests.support.prod_backend --port P      # GRANIAN_WORKERS from settings
"""

from __future__ import annotations

import argparse
import os


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()

    from reflex import constants
    from reflex.environment import environment
    from reflex.utils import exec as rx_exec

    from careercopilot.cli.core import server_env
    from careercopilot.logging import configure_logging

    os.environ.update(server_env(args.port))  # GRANIAN_WORKERS and REFLEX_LOG_JSON, as `run` passes them
    from reflex.config import get_config

    get_config()  # rxconfig.py, as Reflex's CLI loads it first (server_options: granian's respawn)
    configure_logging()  # what importing the app does in the supervisor of a real app process
    environment.REFLEX_ENV_MODE.set(constants.Env.PROD)
    rx_exec.run_granian_backend_prod(args.host, args.port, constants.LogLevel.INFO,
                                     app_target="tests.support.obs_backend:create_app")


if __name__ == "__main__":
    main()
