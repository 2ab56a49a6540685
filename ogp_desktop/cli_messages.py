"""What the commands print besides refusals, in English and Estonian, keyed by code.

Merged into :data:`ogp_desktop.error_messages.MESSAGES`, so ``errors.render(code, lang, params)``
words a progress line as it words a refusal, in the ``--lang`` language. The markers
``error:`` and ``note:`` and a problem's severity stay as they are: scripts look for them,
as they read the keys of ``--json`` output. ``plan_summary.*`` is also Plan import's preview.
"""

from __future__ import annotations

CLI_MESSAGES: dict[str, dict[str, str]] = {
    # -- every command (cli.py, commands/common.py) ---------------------------------------
    "cli.wrote": {"en": "wrote {path}", "et": "kirjutatud: {path}"},
    "cli.interrupted": {"en": "interrupted; nothing more was written.",
                        "et": "katkestatud; rohkem midagi ei kirjutatud."},
    "cli.bug": {
        "en": "the command stopped on an unexpected problem ({cause}); this is a bug in {app}, please report it.",
        "et": "käsk peatus ootamatu probleemi tõttu ({cause}); see on {app} viga, palun teata sellest.",
    },
    # -- validate ------------------------------------------------------------------------------
    "cli.validate_summary": {"en": "{errors} error(s), {warnings} warning(s)",
                             "et": "vigu: {errors}, hoiatusi: {warnings}"},
    # -- export ----------------------------------------------------------------------------------
    "cli.untranslated": {"en": "untranslated: {path} ({where})", "et": "tõlkimata: {path} ({where})"},
    "cli.untranslated_more": {"en": "untranslated: ... and {count} more", "et": "tõlkimata: ... ja veel {count}"},
    # -- drafts ------------------------------------------------------------------------------------
    "cli.draft_row": {
        "en": "{id}  {modified:20}  {report_type:12} {period:23} filled {share:>4}  errors {errors:>3}  {title}",
        "et": "{id}  {modified:20}  {report_type:12} {period:23} täidetud {share:>4}  vigu {errors:>3}  {title}",
    },
    "cli.draft_damaged": {"en": "  [damaged: {reason}]", "et": "  [vigane: {reason}]"},
    "cli.draft_count": {"en": "{count} draft(s) in {folder}", "et": "mustandeid: {count}, kaustas {folder}"},
    "cli.imported": {"en": "imported {path} as draft", "et": "imporditud: {path}, mustandina"},
    "cli.no_versions": {"en": "no versions yet", "et": "versioone veel pole"},
    "cli.version_saved": {"en": "saved version {version}: {name}", "et": "salvestatud versioon {version}: {name}"},
    "cli.version_restored": {"en": "restored version {version} of draft {id}",
                             "et": "taastatud mustandi {id} versioon {version}"},
    # -- import-plan ------------------------------------------------------------------------------
    "cli.plan_read": {
        "en": "read {commitments} commitment(s) with {milestones} milestone(s) from {name}",
        "et": "loetud failist {name}: kohustusi {commitments}, vahe-eesmärke {milestones}",
    },
    "cli.plan_new_report": {"en": "new report with {count} commitment(s)",
                            "et": "uus aruanne, kohustusi: {count}"},
    "plan_summary.added_commitment": {"en": "added commitment {key}", "et": "lisatud kohustus {key}"},
    "plan_summary.added_milestone": {"en": "added milestone {key}", "et": "lisatud vahe-eesmärk {key}"},
    "plan_summary.filled": {"en": "filled {path}: {new!r}", "et": "täidetud {path}: {new!r}"},
    "plan_summary.updated": {"en": "updated {path}: {old!r} -> {new!r}", "et": "uuendatud {path}: {old!r} -> {new!r}"},
    "plan_summary.kept": {"en": "kept {path} as written (the plan says {new!r})",
                          "et": "{path} jäeti nii, nagu see on kirjutatud (kavas on {new!r})"},
    "plan_summary.nothing": {"en": "nothing to change: the report already holds this plan",
                             "et": "midagi pole muuta: aruandes on see kava juba olemas"},
    # -- contribution -------------------------------------------------------------------------------
    "cli.form_not_docx": {"en": "{path}: a Word form is written as .docx (no macros, no template).",
                          "et": "{path}: Wordi vorm kirjutatakse .docx-failina (makrodeta, mallita)."},
    "cli.wrote_form": {"en": "wrote the Word form {path}", "et": "kirjutatud Wordi vorm: {path}"},
    "cli.wrote_contribution": {"en": "wrote {path} with commitment(s) {keys}",
                               "et": "kirjutatud: {path}, kohustused {keys}"},
    "cli.comment_on": {"en": "comment by {author} on {label} ({path}): {text}",
                       "et": "kommentaar ({author}) väljal {label} ({path}): {text}"},
    "cli.comment_outside": {"en": "comment by {author} outside the fields: {text}",
                            "et": "kommentaar ({author}) väljaspool välju: {text}"},
    "cli.someone": {"en": "someone", "et": "keegi"},
    "cli.conflict": {
        "en": "conflict: {label}\n  base:   {base!r}\n  ours:   {ours!r}\n  theirs: {theirs!r}",
        "et": "vastuolu: {label}\n  alus:   {base!r}\n  meie:   {ours!r}\n  nende:  {theirs!r}",
    },
    "cli.conflict_translation": {"en": "{path} ({language} translation)", "et": "{path} ({language} tõlge)"},
    "cli.conflicts": {
        "en": "{count} conflict(s); nothing was written. Settle them in the app, "
              "or merge again with --prefer ours|theirs.",
        "et": "vastuolusid: {count}; midagi ei kirjutatud. Lahenda need rakenduses "
              "või ühenda uuesti võtmega --prefer ours|theirs.",
    },
    "cli.not_taken": {"en": "not taken: {sentence}", "et": "üle ei võetud: {sentence}"},
    "cli.warning": {"en": "warning: {sentence}", "et": "hoiatus: {sentence}"},
    "cli.sent_noted": {"en": "noted in {path} what was sent (contribution {id})",
                       "et": "failis {path} on kirjas, mis saadeti (kaastöö {id})"},
    "cli.sent_not_noted": {
        "en": "warning: {path} is an exported document, so what was sent could not be noted in it; "
              "merging the answer will say the report has no record of sending it.",
        "et": "hoiatus: {path} on eksporditud dokument, seega ei saanud sinna kirja panna, mis saadeti; "
              "vastuse ühendamisel öeldakse, et aruandes pole selle saatmise kohta kirjet.",
    },
    "cli.conflict_row": {"en": "conflict: {label} ({side}): choose for this row in the app",
                         "et": "vastuolu: {label} ({side}): vali selle rea jaoks rakenduses"},
    "cli.row_removed_by_them": {"en": "the contribution removed this row", "et": "kaastöö eemaldas selle rea"},
    "cli.row_gone_from_ours": {"en": "the report no longer has this row; the contribution changed it",
                               "et": "aruandes pole seda rida enam; kaastöö muutis seda"},
    "cli.conflicts_rows": {"en": "{count} conflict(s); nothing was written. Settle them in the app.",
                           "et": "vastuolusid: {count}; midagi ei kirjutatud. Lahenda need rakenduses."},
    "cli.conflict_rows_note": {"en": "{count} of them remove or add a whole row: --prefer never does that.",
                               "et": "neist {count} eemaldab või lisab terve rea: --prefer ei tee seda kunagi."},
    "cli.took": {"en": "took {key}", "et": "üle võetud: {key}"},
    "cli.removed": {"en": "removed {path}", "et": "eemaldatud: {path}"},
    "cli.conflict_kept": {"en": "conflict at {key}: kept {side}", "et": "vastuolu kohas {key}: jäeti {side}"},
    # -- carry-forward ----------------------------------------------------------------------------
    "cli.carried_forward": {"en": "wrote {path} ({report_type}); left empty: {fields}",
                            "et": "kirjutatud: {path} ({report_type}); tühjaks jäeti: {fields}"},
}
