"""Import with foreign ids (kept as external_id, links resolved) and CSV export, on temp-file DuckDB stores."""
import csv
import io
import json
import subprocess
import sys
import uuid

import pytest

from core.errors import ImportFileError, StoreError
from core.exporter import export_csv
from core.importer import ORDER, import_csv
from core.store import Store
from tests.conftest import ROOT, TODAY


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "crm.duckdb")
    yield s
    s.close()


def write(path, text):
    path.write_text(text)
    return path


def crm_files(tmp_path):
    """An export from another CRM: string ids everywhere, linked by them."""
    return {
        "users": write(tmp_path / "users.csv", "id,name,email,role\n7,Kim Lee,kim@x.io,rep\n"),
        "companies": write(tmp_path / "companies.csv", "id,name,domain,owner_email\n"
                                                       "0015g00000XyZ,Acme,acme.io,kim@x.io\nc-globex,Globex,,\n"),
        "contacts": write(tmp_path / "contacts.csv", "id,first_name,last_name,phone,company_id\n"
                                                     "p-dana,Dana,Smith,+1 555 0100,0015g00000XyZ\n"
                                                     "p-hank,Hank,Scorpio,,c-globex\n"),
        "deals": write(tmp_path / "deals.csv", "id,name,company_id,contact_id,stage,amount,owner_email\n"
                                               "d-1,Acme Renewal,0015g00000XyZ,p-dana,Proposal,42000,kim@x.io\n"),
        "activities": write(tmp_path / "activities.csv", "id,type,subject,occurred_at,contact_id,deal_id,author_email\n"
                                                         "a-1,call,Intro,2026-11-02 10:00,p-dana,d-1,kim@x.io\n"),
        "tasks": write(tmp_path / "tasks.csv", "id,title,due_date,contact_id,company_id,deal_id\n"
                                               "t-1,Send quote,2026-11-20,p-dana,0015g00000XyZ,d-1\n"),
    }


def ids(store, table):
    """external_id -> our id."""
    return {r["external_id"]: r["id"] for r in store.query(f"SELECT id, external_id FROM {table}")}


def test_string_ids_are_kept_as_external_id_and_links_resolved(store, tmp_path):
    summary = import_csv(store, crm_files(tmp_path))
    assert summary["companies"] == {"rows": 2, "external_ids": 2, "references": 0}
    assert summary["deals"] == {"rows": 1, "external_ids": 1, "references": 2}
    assert summary["users"] == {"rows": 1, "external_ids": 0, "references": 0}
    companies, contacts, deals = ids(store, "companies"), ids(store, "contacts"), ids(store, "deals")
    assert companies == {"0015g00000XyZ": 1, "c-globex": 2} and contacts == {"p-dana": 1, "p-hank": 2}
    assert store.one("SELECT company_id, contact_id, owner_id FROM deals") == \
        {"company_id": companies["0015g00000XyZ"], "contact_id": contacts["p-dana"], "owner_id": 7}
    assert store.one("SELECT contact_id, deal_id, author_id FROM activities WHERE external_id = 'a-1'") == \
        {"contact_id": 1, "deal_id": deals["d-1"], "author_id": 7}
    assert store.one("SELECT contact_id, company_id, deal_id FROM tasks WHERE external_id = 't-1'") == \
        {"contact_id": 1, "company_id": 1, "deal_id": 1}
    assert store.scalar("SELECT company_id FROM contacts WHERE external_id = 'p-hank'") == companies["c-globex"]


def test_uuid_ids(store, tmp_path):
    co, p1, p2 = (str(uuid.uuid4()) for _ in range(3))
    summary = import_csv(store, {
        "companies": write(tmp_path / "c.csv", f"id,name\n{co},Initech\n"),
        "contacts": write(tmp_path / "p.csv", f"id,first_name,company_id\n{p1},Peter,{co}\n{p2},Milton,{co}\n"),
    })
    assert summary["contacts"] == {"rows": 2, "external_ids": 2, "references": 2}
    assert store.query("SELECT id, external_id, company_id FROM contacts ORDER BY id") == [
        {"id": 1, "external_id": p1, "company_id": 1}, {"id": 2, "external_id": p2, "company_id": 1}]


def test_mixed_integer_and_string_ids_across_files_and_imports(store, tmp_path):
    summary = import_csv(store, {
        "companies": write(tmp_path / "c.csv", "id,name\nc-a,Alpha\n2,Beta\nc-c,Gamma\n,Delta\n"),
        "contacts": write(tmp_path / "p.csv", "id,first_name,company_id\n50,Ann,c-a\np-b,Bob,2\n"),
    })
    assert summary["companies"] == {"rows": 4, "external_ids": 2, "references": 0}
    # integer ids are ours, as before; assigned ids go past them
    assert store.query("SELECT id, name, external_id FROM companies ORDER BY id") == [
        {"id": 1, "name": "Alpha", "external_id": "c-a"}, {"id": 2, "name": "Beta", "external_id": None},
        {"id": 3, "name": "Gamma", "external_id": "c-c"}, {"id": 4, "name": "Delta", "external_id": None}]
    assert store.query("SELECT id, company_id, external_id FROM contacts ORDER BY id") == [
        {"id": 50, "company_id": 1, "external_id": None}, {"id": 51, "company_id": 2, "external_id": "p-b"}]
    # a later import links to records imported earlier, by foreign id and by our id
    import_csv(store, {"deals": write(tmp_path / "d.csv", "id,name,company_id,contact_id,stage\n"
                                                          "10,Other,4,50,Lead\nd-9,Later,c-c,p-b,Lead\n")})
    assert store.query("SELECT id, company_id, contact_id, external_id FROM deals ORDER BY id") == [
        {"id": 10, "company_id": 4, "contact_id": 50, "external_id": None},
        {"id": 11, "company_id": 3, "contact_id": 51, "external_id": "d-9"}]


def test_a_dangling_foreign_reference_names_file_line_field_and_imports_nothing(store, tmp_path):
    files = crm_files(tmp_path)
    write(files["contacts"], "id,first_name,company_id\np-1,Ann,c-globex\np-2,Bob,c-nowhere\n")
    with pytest.raises(ImportFileError) as err:
        import_csv(store, files)
    assert (err.value.file, err.value.line) == ("contacts.csv", 3)
    assert "company_id" in str(err.value) and "'c-nowhere'" in str(err.value)
    assert str(err.value).startswith("contacts.csv, line 3: company_id: ")
    assert all(store.scalar(f"SELECT count(*) FROM {t}") == 0 for t in ORDER)


def test_a_duplicate_foreign_id_is_refused(store, tmp_path):
    companies = write(tmp_path / "c.csv", "id,name\nc-acme,Acme\nc-b,Beta\nc-acme,Acme again\n")
    with pytest.raises(ImportFileError) as err:
        import_csv(store, {"users": crm_files(tmp_path)["users"], "companies": companies})
    assert str(err.value) == "c.csv, line 4: id: 'c-acme' is given twice in this file (lines 2 and 4)"
    assert store.scalar("SELECT count(*) FROM companies") == store.scalar("SELECT count(*) FROM users") == 0
    import_csv(store, {"companies": write(companies, "id,name\nc-acme,Acme\n")})
    with pytest.raises(ImportFileError, match=r"c.csv, line 2: id: 'c-acme' was imported earlier"):
        import_csv(store, {"companies": companies})
    assert store.scalar("SELECT count(*) FROM companies") == 1


def test_external_id_is_unique_per_table_where_not_null(store):
    store.execute("INSERT INTO companies (id, name, created_at, updated_at) VALUES (1, 'A', now(), now()), "
                  "(2, 'B', now(), now())")
    store.execute("INSERT INTO contacts (id, first_name, created_at, updated_at, external_id) "
                  "VALUES (1, 'A', now(), now(), 'x')")
    store.execute("INSERT INTO companies (id, name, created_at, updated_at, external_id) "
                  "VALUES (3, 'C', now(), now(), 'x')")  # another table may hold the same foreign id
    with pytest.raises(StoreError):
        store.execute("INSERT INTO companies (id, name, created_at, updated_at, external_id) "
                      "VALUES (4, 'D', now(), now(), 'x')")


def export_all(store, folder, tables=ORDER):
    folder.mkdir(exist_ok=True)
    files = {}
    for t in tables:
        with (folder / f"{t}.csv").open("w", newline="", encoding="utf-8") as fh:
            export_csv(store, t, fh)
        files[t] = folder / f"{t}.csv"
    return files


def test_round_trip_keeps_foreign_ids_links_and_values(store, tmp_path):
    files = crm_files(tmp_path)
    write(files["companies"], files["companies"].read_text() + "30,Zeta,zeta.io,\n")
    write(files["contacts"], files["contacts"].read_text() + ",Zed,-Minus,,30\n")
    import_csv(store, files)
    store.execute("UPDATE companies SET deleted_at = now() WHERE external_id = 'c-globex'")
    exported = export_all(store, tmp_path / "out")
    with Store(tmp_path / "fresh.duckdb") as fresh:
        import_csv(fresh, exported)
        again = export_all(fresh, tmp_path / "again")
        assert {t: again[t].read_text() for t in ORDER} == {t: exported[t].read_text() for t in ORDER}
        assert ids(fresh, "companies") == {"0015g00000XyZ": 1, None: 30}  # the deleted company is not exported
        assert fresh.one("SELECT last_name, phone, company_id FROM contacts WHERE external_id = 'p-dana'") == \
            {"last_name": "Smith", "phone": "+1 555 0100", "company_id": 1}
        assert fresh.scalar("SELECT company_id FROM contacts WHERE external_id = 'p-hank'") is None
        assert fresh.one("SELECT last_name, company_id FROM contacts WHERE external_id IS NULL") == \
            {"last_name": "-Minus", "company_id": 30}
        deal = fresh.one("SELECT d.external_id, c.external_id AS company, p.external_id AS contact, d.amount "
                         "FROM deals d JOIN companies c ON c.id = d.company_id "
                         "JOIN contacts p ON p.id = d.contact_id")
        assert deal == {"external_id": "d-1", "company": "0015g00000XyZ", "contact": "p-dana", "amount": 42000}


def test_round_trip_of_the_demo_data_with_integer_ids(demo_db, tmp_path):
    tables = ["users", "companies", "contacts", "deals", "tasks"]
    exported = export_all(demo_db, tmp_path / "out", tables)
    with Store(tmp_path / "fresh.duckdb") as fresh:
        import_csv(fresh, exported)
        assert fresh.scalar("SELECT count(*) FROM deals WHERE external_id IS NOT NULL") == 0
        again = export_all(fresh, tmp_path / "again", tables)
        assert {t: again[t].read_text() for t in tables} == {t: exported[t].read_text() for t in tables}


def test_an_imported_time_without_an_offset_is_local_time_stored_in_utc(store, tmp_path, machine_zone):
    """On a server in Tokyo (UTC+9), 09:00 without an offset is 09:00 there, 00:00 UTC; "…Z" and "+09:00" say
    which instant they are. The export writes UTC with a "Z", so importing it again changes nothing."""
    import datetime as dt
    machine_zone("Asia/Tokyo")
    import_csv(store, {
        "companies": write(tmp_path / "c.csv", "id,name,created_at,updated_at\n"
                                               "c-1,Tokyo Trading,2026-03-01 09:00,2026-03-01T09:00:00Z\n"),
        "activities": write(tmp_path / "a.csv", "id,type,subject,occurred_at,company_id\n"
                                                "a-local,call,Local,2026-03-01T09:00:00,c-1\n"
                                                "a-utc,call,UTC,2026-03-01T09:00:00Z,c-1\n"
                                                "a-offset,call,Offset,2026-03-01T18:00:00+09:00,c-1\n")})
    times = "SELECT external_id, occurred_at FROM activities"
    stored = {r["external_id"]: r["occurred_at"] for r in store.query(times)}
    assert stored == {"a-local": dt.datetime(2026, 3, 1, 0, 0), "a-utc": dt.datetime(2026, 3, 1, 9, 0),
                      "a-offset": dt.datetime(2026, 3, 1, 9, 0)}
    assert store.one("SELECT created_at, updated_at FROM companies") == \
        {"created_at": dt.datetime(2026, 3, 1, 0, 0), "updated_at": dt.datetime(2026, 3, 1, 9, 0)}
    exported = export_all(store, tmp_path / "out", ["companies", "activities"])
    assert "2026-03-01 00:00:00Z" in exported["activities"].read_text()
    with Store(tmp_path / "fresh.duckdb") as fresh:
        import_csv(fresh, exported)
        assert {r["external_id"]: r["occurred_at"] for r in fresh.query(times)} == stored


def test_formula_cells_are_neutralised_and_numbers_left_alone(store, tmp_path):
    import_csv(store, {"companies": write(tmp_path / "c.csv", 'id,name,industry\n=evil,"=HYPERLINK(""x"")",@SUM(A1)\n'),
                       "deals": write(tmp_path / "d.csv", "id,name,company_id,stage,amount\n"
                                                          "12,+Upsell,=evil,Lead,12000\n")})
    store.execute("UPDATE companies SET domain = chr(9) || 'tab.io', industry = chr(13) || '=1+1' WHERE id = 1")
    out = io.StringIO()
    export_csv(store, "companies", out)
    row = list(csv.DictReader(io.StringIO(out.getvalue())))[0]
    assert (row["id"], row["name"], row["domain"], row["industry"]) == \
        ("'=evil", "'=HYPERLINK(\"x\")", "'\ttab.io", "'\r=1+1")
    out = io.StringIO()
    export_csv(store, "deals", out)
    line = out.getvalue().splitlines()[1]
    assert line.startswith('12,"\'+Upsell","\'=evil","","Lead",12000.0,')  # ids and amounts stay bare numbers


def cli(db, *args):
    return subprocess.run([sys.executable, "-m", "core", "--db", str(db), "--today", TODAY.isoformat(), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_cli_import_summary_export_and_reimport(tmp_path):
    files = crm_files(tmp_path)
    db = tmp_path / "cli.duckdb"
    args = [a for t in ORDER for a in (f"--{t}", str(files[t]))]
    r = cli(db, "import", *args)
    assert r.returncode == 0, r.stderr
    assert "  companies: 2 rows, 2 foreign ids kept as external_id\n" in r.stdout
    assert "  deals: 1 row, 1 foreign id kept as external_id, 2 links resolved through foreign ids\n" in r.stdout
    r = cli(db, "export", "--table", "contacts")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(x["id"], x["company_id"], x["phone"]) for x in rows] == \
        [("p-dana", "0015g00000XyZ", "'+1 555 0100"), ("p-hank", "c-globex", "")]
    out = tmp_path / "out"
    out.mkdir()
    for t in ORDER:
        r = cli(db, "export", "--table", t, "--out", str(out / f"{t}.csv"), "--json")
        assert r.returncode == 0 and json.loads(r.stdout)["status"] == "ok", r.stderr
    fresh = tmp_path / "fresh.duckdb"
    r = cli(fresh, "import", *[a for t in ORDER for a in (f"--{t}", str(out / f"{t}.csv"))], "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["mapping"]["tasks"] == {"rows": 1, "external_ids": 1, "references": 3}
    with Store(fresh) as s:
        assert ids(s, "deals") == {"d-1": 1} and ids(s, "companies") == {"0015g00000XyZ": 1, "c-globex": 2}
        assert s.one("SELECT company_id, contact_id FROM deals") == {"company_id": 1, "contact_id": 1}
    assert (out / "deals.csv").read_text().splitlines()[1].startswith('"d-1","Acme Renewal","0015g00000XyZ","p-dana",')


def test_cli_bad_reference_exits_1_and_changes_nothing(tmp_path):
    files = crm_files(tmp_path)
    write(files["deals"], "id,name,company_id,contact_id,stage\nd-1,Ok,c-globex,,Lead\nd-2,Bad,c-globex,p-ghost,Lead\n")
    db = tmp_path / "cli.duckdb"
    r = cli(db, "import", "--users", str(files["users"]), "--companies", str(files["companies"]),
            "--deals", str(files["deals"]))
    assert r.returncode == 1
    assert "deals.csv, line 3: contact_id: no contact with id 'p-ghost'" in r.stderr
    with Store(db) as s:
        assert [s.scalar(f"SELECT count(*) FROM {t}") for t in ("users", "companies", "deals")] == [0, 0, 0]
