"""The test suite: a package so that ``tests.gui...`` imports find these files, not another distribution's ``tests``."""
