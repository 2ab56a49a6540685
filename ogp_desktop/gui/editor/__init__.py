"""The report editor: navigator, form pages, field editors, group tables, guidance, problems, undo commands."""
