"""Reflex configuration; every value comes from careercopilot.config.settings."""

import reflex as rx

from careercopilot.config import settings

config = rx.Config(
    app_name="careercopilot",
    db_url=settings.sqlalchemy_url,
    redis_url=settings.state_redis_url,
    telemetry_enabled=False,
    show_built_with_reflex=False,
    frontend_port=settings.frontend_port,
    backend_port=settings.backend_port,
    trusted_proxy_hops=1 if settings.trusted_proxies else 0,
    plugins=[rx.plugins.RadixThemesPlugin(theme=rx.theme(accent_color="indigo", radius="medium"))],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
