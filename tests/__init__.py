"""The test suite. A regular package, so an installed distribution that ships a stray top-level
``tests`` package (spylls 0.1.7 does) cannot shadow it."""
