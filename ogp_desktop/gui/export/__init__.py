"""Exporting DOCX and PDF: the dialog and its worker thread."""
