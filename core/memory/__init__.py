"""Memory: every activity and message embedded once and searchable, and conversations resumable across autopilot.

    index.py     memory_docs (vectors in DuckDB) + dense.py (FAISS, flat or IVF) + keyword.py (tantivy BM25), fused
    context.py   temporal retrieval, primers, snapshots, rehydration (what drafts rely on)
    copilot.py   the chat's search requests and cited account briefs, checked before they are shown
    privacy.py   erase and export a person
    service.py   Memory: the one object core/app.py builds; memory_cli.py: its commands
"""
