"""The admin page's erasure, driven through AppTest: find a person, see what goes, confirm by name, erase."""
from streamlit.testing.v1 import AppTest

from core import services as core_services
from core.embeddings import HashingEmbedder
from core.inbox import formats
from core.inbox.service import Inbox
from core.memory.service import Memory
from tests.conftest import ROOT
from tests.ui.conftest import signed_in


def test_an_admin_erases_a_contact_after_typing_their_name(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    core_services.reset()
    try:
        svc = core_services.get_services(str(demo_file))
        memory = svc.get("memory", lambda s: Memory(s, embedder=HashingEmbedder(), directory=None))
        inbox = svc.get("inbox", lambda s: Inbox(s, embedder=HashingEmbedder()))
        store = svc.store
        inbox.ingest(formats.parse_generic({"channel": "sms", "id": "er-1", "from": "+15550001234",
                                            "text": "My new address is 12 Quayside Lane, please update it"}))
        cid = store.scalar("SELECT contact_id FROM messages WHERE external_id = 'er-1'")
        store.execute("UPDATE contacts SET first_name = 'Wilhelmina', last_name = 'Stroud' WHERE id = ?", [cid])
        memory.sync()
        assert [h.source_id for h in memory.search("Quayside Lane", mode="keyword")] == \
            [store.scalar("SELECT id FROM messages WHERE external_id = 'er-1'")]

        at = signed_in(AppTest.from_file(str(ROOT / "ui" / "admin.py"), default_timeout=60), demo_file,
                       "jordan@autocrm.local")
        at.run()
        at.text_input(key="admin_erase_find").input("stroud").run()
        assert not at.exception
        assert any("Will remove: 1 messages, 1 conversations" in t.value for t in at.text)
        assert at.button(key="admin_erase").disabled  # not until the name is typed
        at.text_input(key="admin_erase_confirm").input("Wilhelmina Strout").run()
        assert at.button(key="admin_erase").disabled
        at.text_input(key="admin_erase_confirm").input("wilhelmina stroud").run()
        at.button(key="admin_erase").click().run()
        assert not at.exception
        assert any(f"Erased contact #{cid}" in s.value for s in at.success)
        assert store.scalar("SELECT count(*) FROM messages WHERE contact_id = ?", [cid]) == 0
        assert store.scalar("SELECT first_name FROM contacts WHERE id = ?", [cid]) == "[erased]"
        assert memory.search("Quayside Lane", mode="keyword") == []
        assert not [h for h in memory.search("Quayside Lane") if h.kind == "message"]
        assert store.scalar("SELECT actor FROM privacy_erasures WHERE subject_id = ?", [cid]) == "jordan@autocrm.local"
    finally:
        core_services.reset()


def test_a_rep_cannot_reach_the_erasure(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    core_services.reset()
    try:
        at = signed_in(AppTest.from_file(str(ROOT / "ui" / "admin.py"), default_timeout=60), demo_file,
                       "sam@autocrm.local")
        at.run()
        assert not at.exception and not [b for b in at.button if b.key == "admin_erase"]
        assert any("only admins" in i.value for i in at.info)
    finally:
        core_services.reset()
