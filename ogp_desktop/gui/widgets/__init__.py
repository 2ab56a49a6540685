"""Shared pieces every feature may use: prompts, dialogs, icons, labels, i18n helpers, settings."""
