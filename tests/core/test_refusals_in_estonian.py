"""Every kind of refusal, provoked for real, reaches the command line in Estonian with ``--lang et``.

Each test makes the real bad thing (a malformed report file, a PDF that carries no report, a named
pipe, a bad plan, a damaged or unreadable draft, a folder where a file belongs...) and runs the
command as ``main.py`` does; the one ``error:`` line must be the Estonian sentence, and the exit
code the documented one (2: the input cannot be used). Refusals no command can reach are checked
through :func:`ogp_desktop.errors.user_message`, which is what the GUI uses.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ogp_desktop import cli
from ogp_desktop.errors import user_message
from ogp_desktop.store import ConflictError, Library

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
PLAN = ROOT / "tests" / "interchange" / "data" / "action-plan-ee-2016-2018.csv"
REPORT = DATA / "corrected-et.ogpreport.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str]:
    """Exit code and the stderr of one command, run as main.py runs it."""
    code = cli.main([str(a) for a in argv])
    return code, capsys.readouterr().err.strip()


# -- report files --------------------------------------------------------------------------
def test_a_malformed_report_file(capsys, tmp_path):
    bad = tmp_path / "katki.ogpreport.json"
    bad.write_text('{"format": "ogp-progress-report", "values": {', encoding="utf-8")
    code, err = run(capsys, "validate", bad, "--lang", "et")
    assert code == 2
    assert err.startswith("error: katki.ogpreport.json: fail pole korrektne JSON (rida 1, veerg "), err
    code, err = run(capsys, "validate", bad)  # without --lang: English, as before
    assert err.startswith("error: katki.ogpreport.json: the file is not valid JSON (line 1, column "), err


def test_a_file_of_another_kind(capsys, tmp_path):
    other = tmp_path / "muu.ogpreport.json"
    other.write_text('{"format": "calendar"}', encoding="utf-8")
    code, err = run(capsys, "export", other, "--docx", tmp_path / "x.docx", "--lang", "et")
    assert (code, err) == (2, "error: muu.ogpreport.json: see pole OGP eduaruande fail (vorming on 'calendar', "
                              "oodati 'ogp-progress-report').")


def test_a_pdf_that_carries_no_report(capsys, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "kiri.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Not a report")
    canvas.save()
    code, err = run(capsys, "validate", path, "--lang", "et")
    assert (code, err) == (2, "error: kiri.pdf: selles PDF-is pole aruannet (seda ei eksporditud OGP Report "
                              "Studioga või selle manus on eemaldatud).")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_unread(capsys, tmp_path):
    pipe = tmp_path / "toru.ogpreport.json"
    os.mkfifo(pipe)
    code, err = run(capsys, "carry-forward", pipe, "--type", "end_of_term", "-o", tmp_path / "uus.json",
                    "--lang", "et")
    assert (code, err) == (2, "error: toru.ogpreport.json: see on nimega toru, mitte tavaline fail.")


def test_a_report_for_a_template_that_is_not_installed(capsys, tmp_path):
    text = REPORT.read_text(encoding="utf-8").replace('"ogp-self-assessment"', '"tundmatu-mall"')
    path = tmp_path / "mall.ogpreport.json"
    path.write_text(text, encoding="utf-8")
    code, err = run(capsys, "validate", path, "--lang", "et")
    assert (code, err) == (2, "error: malli 'tundmatu-mall' pole paigaldatud")


# -- action plans ----------------------------------------------------------------------------
def test_a_plan_without_a_header(capsys, tmp_path):
    bad = tmp_path / "kava.csv"
    bad.write_text("nimi;märkus\nAnna;tere\n", encoding="utf-8")
    code, err = run(capsys, "import-plan", bad, "-o", tmp_path / "uus.json", "--lang", "et")
    assert (code, err) == (2, "error: kava.csv: esimene rida pole tegevuskava päis: vaja on veergu 'title' ja "
                              "veergu 'ogp_id' või 'number' (leitud: nimi, märkus).")


def test_a_plan_that_is_binary(capsys, tmp_path):
    bad = tmp_path / "pilt.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, err = run(capsys, "import-plan", bad, "-o", tmp_path / "uus.json", "--lang", "et")
    assert (code, err) == (2, "error: pilt.csv: failis on binaarandmed, mitte tekstitabel (salvesta kava CSV- "
                              "või .xlsx-failina).")


def test_writing_onto_a_device_is_refused(capsys, tmp_path):
    code, err = run(capsys, "import-plan", PLAN, "-o", os.devnull, "--lang", "et")
    assert code == 2
    assert err.endswith(f"error: {os.devnull}: faili ei saa kirjutada (see on seade, mitte tavaline fail)."), err


# -- the draft library ----------------------------------------------------------------------
TITLE = "Lõpparuanne 2016–2018 (parandatud)"  # of REPORT: the store names a draft by it


def _library_with_one_draft(folder: Path) -> str:
    """A library holding REPORT, saved twice (so a backup generation exists) and listed (so its title is known)."""
    with Library(folder) as lib:
        draft_id = lib.import_file(REPORT)
        lib.save(draft_id, lib.open(draft_id))
        lib.list()
        return draft_id


def test_an_unknown_draft(capsys, tmp_path):
    code, err = run(capsys, "drafts", "--data-dir", tmp_path / "kogu", "export", "puudub", "-o",
                    tmp_path / "x.json", "--lang", "et")
    assert (code, err) == (2, "error: Tunnusega 'puudub' mustandit pole.")


def _damaged_without_backups(folder: Path) -> str:
    """A draft whose file is empty, with no backup generation and no saved version to recover from."""
    draft_id = _library_with_one_draft(folder)
    reports = folder / "reports"
    for extra in reports.glob(f"{draft_id}.json.*"):
        extra.unlink()
    shutil.rmtree(reports / f"{draft_id}.versions", ignore_errors=True)
    (reports / f"{draft_id}.json").write_bytes(b"")
    return draft_id


def test_a_damaged_draft_without_backups(capsys, tmp_path):
    draft_id = _damaged_without_backups(tmp_path / "kogu")
    code, err = run(capsys, "drafts", "--data-dir", tmp_path / "kogu", "export", draft_id, "-o", tmp_path / "x.json",
                    "--lang", "et")
    assert code == 2
    assert err.startswith(f"error: Vigaseks osutus mustandi „{TITLE}“ fail (see on tühi (0 baiti)) ja kasutatavat "
                          "automaatset varukoopiat ei leitud. Vigane fail jäeti alles nimega "
                          f"{draft_id}.json.corrupt-"), err


def test_the_list_says_why_a_draft_is_damaged_in_estonian(capsys, tmp_path):
    _damaged_without_backups(tmp_path / "kogu")
    assert cli.main(["drafts", "--data-dir", str(tmp_path / "kogu"), "list", "--lang", "et"]) == 0
    listed = capsys.readouterr().out
    assert f"[vigane: Vigaseks osutus mustandi „{TITLE}“ fail (see on tühi (0 baiti))" in listed, listed


@pytest.mark.parametrize("how", ["chmod", "loop"])
def test_an_unreadable_draft(capsys, tmp_path, monkeypatch, how):
    from ogp_desktop.store import safe_storage

    if how == "chmod" and (not hasattr(os, "geteuid") or os.geteuid() == 0):
        pytest.skip("root reads a file whatever its mode; the 'loop' case is the one root cannot read")
    monkeypatch.setattr(safe_storage, "READ_RETRY_DELAYS", ())  # the waiting is tested in tests/store
    folder = tmp_path / "kogu"
    draft_id = _library_with_one_draft(folder)
    path = folder / "reports" / f"{draft_id}.json"
    if how == "chmod":
        path.chmod(0)
    else:  # a symbolic link to itself: ELOOP for everyone, root included
        path.unlink()
        path.symlink_to(path.name)
    try:
        code, err = run(capsys, "drafts", "--data-dir", folder, "export", draft_id, "-o", tmp_path / "x.json",
                        "--lang", "et")
    finally:
        if how == "chmod":
            path.chmod(0o600)
    assert code == 2
    assert err.startswith("error: Praegu ei saa lugeda mustandi „Lõpparuanne 2016–2018 (parandatud)“ faili ("), err
    assert err.endswith("midagi ei muudetud ega võetud tagasi. Võib-olla hoiab seda kinni mõni teine programm "
                        "(viirusetõrje või varundustarkvara) või muutusid selle õigused: proovi mõne hetke pärast "
                        "uuesti."), err


def test_a_library_folder_that_is_a_file_opens_read_only(capsys, tmp_path):
    not_a_folder = tmp_path / "kogu"
    not_a_folder.write_text("", encoding="utf-8")
    code, err = run(capsys, "drafts", "--data-dir", not_a_folder, "import", REPORT, "--lang", "et")
    assert (code, err) == (2, f"error: Kogu kaust {not_a_folder} on fail, mitte kaust, seega ei saa sinna "
                              "mustandeid hoida.")


def test_a_draft_written_where_the_folder_is_missing(capsys, tmp_path):
    folder = tmp_path / "kogu"
    draft_id = _library_with_one_draft(folder)
    code, err = run(capsys, "drafts", "--data-dir", folder, "export", draft_id, "-o",
                    tmp_path / "puudub" / "x.json", "--lang", "et")
    assert code == 2
    assert err.startswith("error: Ebaõnnestus aruandefaili x.json salvestamine: "), err


def test_a_conflict_is_worded_in_estonian(tmp_path):
    with Library(tmp_path / "kogu") as lib:
        draft_id = lib.import_file(REPORT)
        report = lib.open(draft_id)
        with pytest.raises(ConflictError) as caught:
            lib.save(draft_id, report, expected_revision=99)
    assert user_message(caught.value, "et").startswith(
        "Mustandit „Lõpparuanne 2016–2018 (parandatud)“ on pärast avamist mujal muudetud (rakenduse teises eksemplaris "
        "või käsuga): redaktsioon 1, oodati 99.")


# -- exports ---------------------------------------------------------------------------------
def test_an_export_onto_a_folder(capsys, tmp_path):
    folder = tmp_path / "kaust.docx"
    folder.mkdir()
    code, err = run(capsys, "export", REPORT, "--docx", folder, "--lang", "et")
    assert (code, err) == (2, f"error: Faili {folder} ei saa kirjutada: see on kaust.")


def test_a_final_export_with_untranslated_values_is_worded_in_estonian():
    from ogp_desktop.document.export import UntranslatedValues

    exc = UntranslatedValues([("title", "Pealkiri")], "en")
    assert user_message(exc, "et") == ("1 väärtusel puudub ingliskeelne tõlge; tõlgi need või luba tõlkimata "
                                       "väärtustel jääda aruande keelde.")
