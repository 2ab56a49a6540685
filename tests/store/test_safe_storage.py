"""SafeStorage: damaged files are recovered from a backup generation, kept aside and explained."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.table import Document

from ogp_desktop.store.errors import DamagedFileError
from ogp_desktop.store.safe_storage import SafeStorage, generation_path


def open_db(path: Path, **kw) -> TinyDB:
    return TinyDB(str(path), storage=SafeStorage, subject="the test draft", **kw)


def write_states(path: Path, count: int) -> None:
    """Write states n = 1..count, one write each (a fresh file first)."""
    db = open_db(path)
    db.table("t").upsert(Document({"name": "Mõõdik õ", "n": 1}, doc_id=1))
    for n in range(2, count + 1):
        db.table("t").update({"n": n}, doc_ids=[1])
    db.close()


def current_n(path: Path) -> tuple[int, SafeStorage]:
    db = open_db(path)
    n = db.table("t").get(doc_id=1)["n"]
    storage = db.storage
    db.close()
    return n, storage


def test_writes_keep_three_generations_and_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    write_states(path, 5)
    assert json.loads(path.read_text(encoding="utf-8"))["t"]["1"]["n"] == 5
    for gen, n in ((1, 4), (2, 3), (3, 2)):
        assert json.loads(generation_path(path, gen).read_text(encoding="utf-8"))["t"]["1"]["n"] == n
    assert not generation_path(path, 4).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json", "d.json.1", "d.json.2", "d.json.3"]
    assert "Mõõdik õ" in path.read_text(encoding="utf-8")  # UTF-8, not \\u escapes


def _truncations(raw: bytes) -> list[int]:
    cut_in_o = raw.index("õ".encode()) + 1  # between the two bytes of õ
    rng = random.Random(7)
    return [cut_in_o, 1, len(raw) - 1] + rng.sample(range(2, len(raw) - 1), 5)


@pytest.mark.parametrize("damage", ["empty", "truncated", "garbage", "nul", "wrong_shape", "not_object",
                                    "latin1", "checked_shape"])
def test_damaged_file_recovers_from_newest_good_generation(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "d.json"
    write_states(path, 3)
    raw = path.read_bytes()
    cuts = _truncations(raw) if damage == "truncated" else [0]
    for cut in cuts:
        bad = {
            "empty": b"",
            "truncated": raw[:cut],
            "garbage": raw + b"}\x7fgarbage",
            "nul": raw[:20] + b"\x00" * 64 + raw[20:],
            "wrong_shape": json.dumps({"t": [1, 2, 3]}).encode(),
            "not_object": b"[1, 2, 3]",
            "latin1": "{\"t\": {\"1\": {\"name\": \"õ\"}}}".encode("latin-1"),
            "checked_shape": json.dumps({"t": {"1": {"name": "x"}}}).encode(),
        }[damage]
        path.write_bytes(bad)
        check = (lambda d: None if "n" in d["t"]["1"] else "it has no n") if damage == "checked_shape" else None
        db = open_db(path, check=check)
        assert db.table("t").get(doc_id=1)["n"] == 2  # generation .1 held state 2
        notices = db.storage.notices
        db.close()
        assert len(notices) == 1 and notices[0].recovered
        kept = tmp_path / notices[0].kept_as
        assert kept.read_bytes() == bad, "the damaged file is kept byte for byte"
        assert "restored from the automatic backup d.json.1" in notices[0].message
        assert notices[0].kept_as in notices[0].message
        assert json.loads(path.read_text(encoding="utf-8"))["t"]["1"]["n"] == 2  # repaired on disk
        kept.unlink()
        write_states(path, 3)  # back to three good generations for the next cut
        raw = path.read_bytes()


def test_skips_damaged_generations(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    write_states(path, 4)
    path.write_bytes(b"")
    generation_path(path, 1).write_bytes(b"{\"t\": ")
    n, storage = current_n(path)
    assert n == 2 and storage.notices[0].backup == "d.json.2"


def test_no_usable_generation_explains_and_keeps_the_file(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(b"\x00\x00\x00")
    db = open_db(path)
    with pytest.raises(DamagedFileError, match="no usable automatic backup") as info:
        db.table("t").all()
    db.close()
    kept = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00\x00\x00"
    assert kept[0].name in str(info.value) and not path.exists()


def test_missing_file_with_generations_recovers(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    write_states(path, 2)
    path.unlink()
    n, storage = current_n(path)
    assert n == 1 and storage.notices[0].kept_as is None and "missing" in str(storage.notices[0].problem)


def test_new_file_is_an_empty_database(tmp_path: Path) -> None:
    db = open_db(tmp_path / "new.json")
    assert db.tables() == set()
    db.close()
    assert not (tmp_path / "new.json").exists()  # reading alone creates nothing


def test_read_only_recovery_serves_backup_without_touching_files(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    write_states(path, 2)
    path.write_bytes(b"{")
    db = open_db(path, read_only=True)
    assert db.table("t").get(doc_id=1)["n"] == 1
    assert db.storage.notices[0].kept_as is None
    db.close()
    assert path.read_bytes() == b"{"


def test_cache_notices_replacement_by_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    write_states(path, 1)
    reader = open_db(path)
    assert reader.table("t").get(doc_id=1)["n"] == 1
    writer = open_db(path)
    writer.table("t").update({"n": 9}, doc_ids=[1])
    writer.close()
    assert reader.table("t").get(doc_id=1)["n"] == 9
    reader.close()


def test_a_read_gives_what_json_loads_gives(tmp_path: Path) -> None:
    # The store parses with a Python object hook (so a worker's parse lets the GUI thread run): same data,
    # same key order, and a repeated key still means the last one, as TinyDB's own storage reads it.
    from ogp_desktop.store.safe_storage import load_checked

    text = ('{"t": {"1": {"b": [1, 2.5, {"x": null, "y": true}], "a": "Mõõdik õ", "b2": {}, "a": "last"},'
            ' "2": {"z": {"deep": {"er": []}}}}}')
    path = tmp_path / "d.json"
    path.write_text(text, encoding="utf-8")
    data = load_checked(path)
    assert data == json.loads(text) and data["t"]["1"]["a"] == "last"
    assert list(data["t"]["1"]) == list(json.loads(text)["t"]["1"])
