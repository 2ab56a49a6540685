"""The main window and what frames it: menus, about, preferences, autosave status, crash hook."""
