"""Working with others: plan import, contribution export, merge, carry forward, versions, provenance."""
