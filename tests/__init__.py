"""The test suite (a package, so `from tests.gui...` finds it before any `tests` a dependency installs)."""
