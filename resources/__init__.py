"""Package data (templates, fonts, translations, icons, samples); found through ogp_desktop.paths."""
