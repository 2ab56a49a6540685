"""Translation mode: the table of translatable values, its page and its editor."""
