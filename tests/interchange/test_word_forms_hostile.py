"""Word forms from another organisation, built to hurt: each is refused with one sentence, nothing is merged.

Every case runs ``contribution merge`` and checks exit 2, the sentence on
stderr, no output file, and the coordinator's report file unchanged.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from ogp_desktop.cli import main
from ogp_desktop.interchange.wordform_write import write_form
from ogp_desktop.paths import resource
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.template import load_template
from tests.wordform_fill import WordForm, w

SAMPLE = resource("samples", "demo-ee-2016-2018.ogpreport.json")


@pytest.fixture
def sent(tmp_path: Path) -> tuple[Path, Path]:
    """The coordinator's report file and the form sent out for two of its commitments."""
    report_path = tmp_path / "report.ogpreport.json"
    shutil.copyfile(SAMPLE, report_path)
    form = tmp_path / "form.docx"
    write_form(read_report(report_path), load_template(), ["EE0039", "EE0041"], form, "en")
    return report_path, form


def refused(report_path: Path, form: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Merge *form*; assert it was refused and nothing changed; return the sentence."""
    before = report_path.read_bytes()
    out = report_path.parent / "merged.ogpreport.json"
    code = main(["contribution", "merge", str(report_path), str(form), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert not out.exists() and report_path.read_bytes() == before
    assert err.count("\n") == 1 and err.startswith("error: ") and "Traceback" not in err
    return err


def rezip(src: Path, dst: Path, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts.update(replace or {})
    parts.update(add or {})
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return dst


def test_zip_bomb(sent: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report_path, form = sent
    bomb = rezip(form, tmp_path / "bomb.docx", replace={"word/document.xml": b" " * (60 * 1024 * 1024)})
    assert bomb.stat().st_size < 2 * 1024 * 1024
    assert "the part word/document.xml unpacks to far more than a Word form holds (a zip bomb?)" in refused(
        report_path, bomb, capsys)
    many = rezip(form, tmp_path / "many.docx", add={f"x/{n}.xml": b"" for n in range(2500)})
    assert "the package has 2511 parts, more than a Word form can have" in refused(report_path, many, capsys)


def test_entities_and_doctype(sent: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report_path, form = sent
    with zipfile.ZipFile(form) as z:
        xml = z.read("word/document.xml")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    hostile = rezip(form, tmp_path / "xxe.docx", replace={"word/document.xml": laughs + xml.split(b"?>", 1)[1]})
    assert "the part word/document.xml declares a DOCTYPE or entities, which a Word document never does" in refused(
        report_path, hostile, capsys)


def test_macros(sent: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report_path, form = sent
    docm = tmp_path / "form.docm"
    shutil.copyfile(form, docm)
    assert "macro-enabled documents (.docm) are not read" in refused(report_path, docm, capsys)
    code = main(["contribution", "merge", str(report_path), str(docm), "-o", str(tmp_path / "m.json"), "--lang", "et"])
    assert code == 2 and "form.docm: makrodega dokumente (.docm) ei loeta" in capsys.readouterr().err
    vba = rezip(form, tmp_path / "vba.docx", add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"})
    assert "the document contains macros (a vbaProject part)" in refused(report_path, vba, capsys)


def test_a_form_for_another_report(sent: tuple[Path, Path], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Refused by the merge's own identity check, as a JSON contribution is; --from-other-report overrides."""
    report_path, _ = sent
    other = read_report(SAMPLE)
    other.meta["report_id"] = "latvia-2017"
    other.meta["title"] = "Latvia 2017-2019"
    form = tmp_path / "latvia.docx"
    write_form(other, load_template(), ["EE0039"], form, "en")
    assert ("this contribution was made from another report ('Latvia 2017-2019'), not from "
            "'Estonia 2016-2018: mid-term self-assessment (demo)'; nothing was merged.") in refused(
        report_path, form, capsys)
    out = tmp_path / "anyway.ogpreport.json"
    assert main(["contribution", "merge", str(report_path), str(form), "-o", str(out), "--from-other-report"]) == 0


def test_tags_outside_the_commitments_sent(sent: tuple[Path, Path], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    report_path, form = sent
    filled = WordForm(form)
    filled.sdts("commitments[0].results")[0].find(f"{w('sdtPr')}/{w('tag')}").set(w("val"), "commitments[5].results")
    hostile = filled.save(tmp_path / "tag.docx")
    assert "the form has a field for 'commitments[5].results', which is not one of the commitments it was made for" \
        in refused(report_path, hostile, capsys)
    # the record itself edited to point at a commitment that was never sent
    with zipfile.ZipFile(form) as z:
        item = z.read("customXml/item1.xml").replace(b'"commitments[0].results"', b'"commitments[7].results"')
    hostile = rezip(form, tmp_path / "map.docx", replace={"customXml/item1.xml": item})
    assert "which is not a field of the commitments it was made for; nothing was merged." in refused(
        report_path, hostile, capsys)


def test_duplicate_tags(sent: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report_path, form = sent
    filled = WordForm(form)
    copy = WordForm(form).sdts("commitments[0].results")[0]
    for mark in copy.iter(w("bookmarkStart"), w("bookmarkEnd")):
        mark.getparent().remove(mark)
    filled.cell("commitments[0].problem").append(copy)
    hostile = filled.save(tmp_path / "dup.docx")
    assert "the form has two fields tagged commitments[0].results (one copied?)" in refused(
        report_path, hostile, capsys)


def test_a_50_mb_paste_in_one_field(sent: tuple[Path, Path], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    report_path, form = sent
    filled = WordForm(form)
    chunk = os.urandom(512 * 1024).hex()  # text that compresses like prose, not like a bomb
    filled.fill("commitments[0].results", f"<w:r><w:t>{chunk}</w:t></w:r>" * 50)
    hostile = filled.save(tmp_path / "paste.docx")
    assert "the field Commitment 1 › Results holds 52,428,800 characters, more than the 1,000,000 a value " \
           "may hold; nothing was merged." in refused(report_path, hostile, capsys)


def test_not_a_form_at_all(sent: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report_path, form = sent
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"PK\x03\x04 not really")
    assert "garbage.docx: this is not a Word document (.docx): it is not a zip package." in refused(
        report_path, garbage, capsys)
    plain = rezip(form, tmp_path / "plain.docx", replace={"docProps/custom.xml": b'<Properties xmlns="x"/>'})
    with zipfile.ZipFile(plain) as z:
        parts = {n: z.read(n) for n in z.namelist() if not n.startswith("customXml/")}
    with zipfile.ZipFile(plain, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert "this Word document is not a form made by OGP Report Studio" in refused(report_path, plain, capsys)
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    assert "pipe.docx: this is not a regular file, so it cannot be a Word form." in refused(report_path, fifo, capsys)


def test_a_clean_form_through_the_command(sent: tuple[Path, Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The same command on an honest form: merged, with its comment and notes in the JSON."""
    report_path, form = sent
    filled = WordForm(form)
    filled.fill("commitments[1].results", "<w:r><w:t>Done.</w:t></w:r>")
    filled.comment("commitments[1].results", "Jaan", "Short, I know.")
    filled.paragraph_after_page_break(1, "Greetings from the ministry!")
    out = tmp_path / "merged.ogpreport.json"
    assert main(["contribution", "merge", str(report_path), str(filled.save(tmp_path / "f.docx")), "-o", str(out),
                 "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["taken"] == ["commitments[2].results"]
    assert said["form_notes"] == ["text outside the fields on page 2 was not read."]
    assert said["form_comments"] == [{"path": "commitments[2].results", "label": "Results", "author": "Jaan",
                                 "text": "Short, I know."}]
    assert read_report(out).get("commitments[2].results") == "Done."
    # conflicts: exit 3, nothing written
    report = read_report(report_path)
    report.set("commitments[2].results", "Ours.")
    write_report(report, report_path)
    out.unlink()
    assert main(["contribution", "merge", str(report_path), str(tmp_path / "f.docx"), "-o", str(out)]) == 3
    assert not out.exists() and "1 conflict(s); nothing was written" in capsys.readouterr().err


def test_a_form_saved_in_another_format_says_how_to_save_it(sent: tuple[Path, Path], tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    report_path, form = sent
    with zipfile.ZipFile(form) as z:
        xml = z.read("word/document.xml")
    strict = rezip(form, tmp_path / "strict.docx", replace={"word/document.xml": xml.replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main")})
    assert 'strict.docx: the form was saved as "Strict Open XML"' in refused(report_path, strict, capsys)
    odt = tmp_path / "form.odt"
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    assert "form.odt: the form was saved in the OpenDocument format (.odt)" in refused(report_path, odt, capsys)
