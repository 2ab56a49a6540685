"""OGP Report Studio: write Open Government Partnership progress reports offline."""

__version__ = "0.1.0"
APP_NAME = "OGP Report Studio"
APP_ID = "ogp-desktop"
