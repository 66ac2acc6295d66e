"""A tiny package for trying wheelrelay."""

__version__ = "0.1.0"


def hello() -> str:
    """Return a greeting that names the installed version."""
    return f"relay-probe {__version__} installed from the cache"
