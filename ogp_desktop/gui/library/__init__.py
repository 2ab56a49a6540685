"""The library of drafts: the list, its model, and the New report dialog."""
