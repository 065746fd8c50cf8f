"""Settings (admins): autopilot, guardrail topics and intents, the neutral and hand-off replies, the knowledge base,
and JSON export / import. Each form saves through core/admin_settings.py, which validates everything first: a wrong
value shows what is wrong and nothing is saved."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from core.admin_settings import AdminSettings, Entry, Intent, SettingsError, Topic, Translation, lines
from core.errors import CRMError
from core.inbox.language import SUPPORTED as LANGUAGES
from ui.common import acting_user
from ui.session import demo_mode
from ui.services import services

SECTIONS = ["Autopilot", "Topics", "Intents", "Replies", "Knowledge base", "Import / export"]
NEW = ""  # the picker's "add a new one" option
LANGUAGE_NAMES = {"es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese"}
PREFIXES = ("auto-", "topic-", "intent-", "reply-", "kb-", "import-")  # widget keys of the forms


def saved(message: str, select: tuple[str, str] | None = None) -> None:
    """After a save: forget the forms' widget state (they show the stored values again) and say so."""
    for key in [k for k in st.session_state if isinstance(k, str) and k.startswith(PREFIXES)]:
        del st.session_state[key]
    if select:
        st.session_state[select[0]] = select[1]
    st.session_state["settings-flash"] = message
    st.rerun()


def problems(exc: CRMError) -> None:
    """What was wrong, one line each; names and examples typed by people are shown as text."""
    if isinstance(exc, SettingsError):
        st.error("Nothing was saved. Fix this and save again:", icon="🚫")
        st.text("\n".join(f"• {p}" for p in exc.problems))
    else:
        st.error("Nothing was saved.", icon="🚫")
        st.text(str(exc))


def attempt(action, message: str, select: tuple[str, str] | None = None) -> None:
    try:
        action()
    except CRMError as exc:
        problems(exc)
        return
    saved(message, select)


def delete_button(column, prefix: str, what: str, picked: str, action) -> None:
    """Delete, then "Yes, delete" to confirm (inside the form): one stray click deletes nothing."""
    asking = st.session_state.get(f"{prefix}-confirm") == picked
    if not asking and column.form_submit_button(f"Delete {what}", key=f"{prefix}-delete-{picked}"):
        st.session_state[f"{prefix}-confirm"] = picked
        st.rerun()
    if asking:
        column.warning(f"Delete this {what}? Export the settings first to keep a copy.", icon="⚠️")
        if column.form_submit_button(f"Yes, delete this {what}", key=f"{prefix}-confirm-delete-{picked}"):
            attempt(action, f"{what.capitalize()} {picked} deleted.")


def picker(label: str, names: list[str], key: str, new_label: str) -> str:
    options = names + [NEW]
    if st.session_state.get(key) not in options:
        st.session_state.pop(key, None)
    return st.selectbox(label, options, key=key, format_func=lambda n: n or new_label)


settings: AdminSettings = services().admin_settings
user = acting_user(default_email="jordan@autocrm.local")
st.title("⚙️ Settings")
if user.role != "admin":
    st.info(f"{user.name} is a {user.role}: only admins change settings. "
            + ("Pick an admin in the sidebar." if demo_mode() else "Sign in as an admin to change them."), icon="🔒")
    st.stop()
flash = st.session_state.pop("settings-flash", None)
if flash:
    st.success(flash, icon="✅")
st.caption("What the inbox does with customer messages: when autopilot may answer on its own, which topics are off "
           "limits, what counts as in scope, and the answers drafts are built from. Every change is checked before "
           "it is saved; a wrong value is refused and nothing changes.")

tabs = dict(zip(SECTIONS, st.tabs(SECTIONS, key="settings-section", on_change="rerun")))


def open_tab(name: str) -> bool:
    """Only the open tab runs (the others are not built at all); None means the tabs do not track state."""
    return tabs[name].open is not False


# -- autopilot ---------------------------------------------------------------------------------------------------
if open_tab("Autopilot"):
    with tabs["Autopilot"], st.form("auto-form", border=True):
        threshold = st.slider("Send on its own only when the draft's confidence is at least", 0.0, 1.0,
                              float(settings.values.threshold()), 0.05, key="auto-threshold")
        default_on = st.toggle("Autopilot on for new conversations", value=settings.values.default_autopilot(),
                               key="auto-default")
        st.caption("Autopilot never answers a flagged message, and pauses when a person replies.")
        if st.form_submit_button("Save autopilot settings", type="primary", key="auto-save"):
            attempt(lambda: settings.save_autopilot(user, threshold, default_on), "Autopilot settings saved.")

# -- forbidden topics ----------------------------------------------------------------------------------------------
if open_tab("Topics"):
    with tabs["Topics"]:
        st.caption("Subjects the assistant must not discuss. A message about one gets the neutral reply (or a hand-off) "
                   "and never an AI answer. With examples the topic is judged in context; without, any keyword flags it.")
        topics = {t.name: t for t in settings.topics()}
        picked = picker("Topic", list(topics), "topic-pick", "➕ New topic")
        t = topics.get(picked) or Topic("")
        with st.form(f"topic-form-{picked}"):
            name = st.text_input("Name", t.name, key=f"topic-name-{picked}", placeholder="e.g. gambling",
                                 help="Lower case letters, digits, '_' or '-'")
            description = st.text_input("Description", t.description, key=f"topic-description-{picked}")
            left, right = st.columns(2)
            keywords = left.text_area("Keywords (one per line)", "\n".join(t.keywords), height=220,
                                      key=f"topic-keywords-{picked}")
            examples = right.text_area("Example messages (one per line)", "\n".join(t.examples), height=220,
                                       key=f"topic-examples-{picked}")
            patterns = st.text_area("Regular expressions (advanced, one per line)", "\n".join(t.patterns), height=90,
                                    key=f"topic-patterns-{picked}")
            save, delete = st.columns([1, 4])
            if save.form_submit_button("Save topic", type="primary", key=f"topic-save-{picked}"):
                edited = Topic(name.strip(), description.strip(), lines(keywords), lines(examples), lines(patterns))
                attempt(lambda: settings.save_topic(user, edited, replaces=picked or None),
                        f"Topic {edited.name} saved.", ("topic-pick", edited.name))
            if picked:
                delete_button(delete, "topic", "topic", picked, lambda: settings.delete_topic(user, picked))

# -- business intents ----------------------------------------------------------------------------------------------
if open_tab("Intents"):
    with tabs["Intents"]:
        st.caption("What customers legitimately write about. A message is in scope when it is close enough to one "
                   "intent's examples (or names its keywords); anything else gets the neutral reply.")
        intents = {i.name: i for i in settings.intents()}
        picked = picker("Intent", list(intents), "intent-pick", "➕ New intent")
        i = intents.get(picked) or Intent("")
        with st.form(f"intent-form-{picked}"):
            name = st.text_input("Name", i.name, key=f"intent-name-{picked}", placeholder="e.g. shipping",
                                 help="Lower case letters, digits, '_' or '-'")
            description = st.text_input("Description", i.description, key=f"intent-description-{picked}")
            left, right = st.columns(2)
            examples = left.text_area("Example messages (one per line)", "\n".join(i.examples), height=220,
                                      key=f"intent-examples-{picked}")
            keywords = right.text_area("Keywords (one per line)", "\n".join(i.keywords), height=220,
                                       key=f"intent-keywords-{picked}")
            max_words = st.number_input("Keywords count only in messages of at most this many words (0 = any length)",
                                        min_value=0, max_value=500, value=int(i.max_words or 0), step=1,
                                        key=f"intent-maxwords-{picked}")
            save, delete = st.columns([1, 4])
            if save.form_submit_button("Save intent", type="primary", key=f"intent-save-{picked}"):
                edited = Intent(name.strip(), description.strip(), lines(examples), lines(keywords),
                                int(max_words) or None)
                attempt(lambda: settings.save_intent(user, edited, replaces=picked or None),
                        f"Intent {edited.name} saved.", ("intent-pick", edited.name))
            if picked:
                delete_button(delete, "intent", "intent", picked, lambda: settings.delete_intent(user, picked))

# -- replies -------------------------------------------------------------------------------------------------------
if open_tab("Replies"):
    with tabs["Replies"], st.form("reply-form"):
        neutral, handoff = settings.replies()
        neutral = st.text_area("Neutral reply: sent to off-topic and off-limits messages", neutral, height=110,
                               key="reply-neutral")
        handoff = st.text_area("Hand-off reply: sent when a person takes over (security violations, suspicious "
                               "messages)", handoff, height=110, key="reply-handoff")
        if st.form_submit_button("Save replies", type="primary", key="reply-save"):
            attempt(lambda: settings.save_replies(user, neutral, handoff), "Replies saved.")

# -- knowledge base ------------------------------------------------------------------------------------------------
if open_tab("Knowledge base"):
    with tabs["Knowledge base"]:
        source = settings.knowledge_base_source()
        st.caption(f"The answers drafts are built from, in five languages; in use: {source}. Answers may use "
                   "{first_name} {owner_name} {company} {deal_name} {deal_stage} {deal_amount} {close_date} "
                   "{next_meeting}, filled in from the CRM.")
        entries = {e.id: e for e in settings.entries()}
        picked = picker("Entry", list(entries), "kb-pick", "➕ New entry")
        e = entries.get(picked) or Entry("")
        with st.form(f"kb-form-{picked}"):
            left, mid, right = st.columns([2, 1, 3])
            entry_id = left.text_input("Id", e.id, key=f"kb-id-{picked}", placeholder="e.g. shipping_times")
            cap = mid.number_input("Highest confidence", 0.0, 1.0, float(e.max_confidence), 0.05,
                                   key=f"kb-cap-{picked}", help="Caps how sure a draft from this entry can be")
            handoff = right.text_input("Needs a person because (leave empty if not)", e.handoff,
                                       key=f"kb-handoff-{picked}")
            left, right = st.columns(2)
            questions = left.text_area("Example questions, English (one per line)", "\n".join(e.questions),
                                       height=160, key=f"kb-questions-{picked}")
            answer = right.text_area("Answer, English", e.answer, height=160, key=f"kb-answer-{picked}")
            keywords = st.text_input("Keywords, English (comma separated; a keyword matches the start of a word)",
                                     ", ".join(e.keywords), key=f"kb-keywords-{picked}")
            translated = {}
            for lang in LANGUAGES[1:]:
                t = e.translations.get(lang, Translation())
                with st.expander(f"{LANGUAGE_NAMES.get(lang, lang)}" + ("" if lang in e.translations
                                                                        else " (none: English is used)")):
                    tl, tr = st.columns(2)
                    tq = tl.text_area("Example questions (one per line)", "\n".join(t.questions), height=120,
                                      key=f"kb-{lang}-questions-{picked}")
                    ta = tr.text_area("Answer", t.answer, height=120, key=f"kb-{lang}-answer-{picked}")
                    translated[lang] = Translation(lines(tq), ta.strip())
            save, delete = st.columns([1, 4])
            if save.form_submit_button("Save entry", type="primary", key=f"kb-save-{picked}"):
                edited = Entry(entry_id.strip(), lines(questions), answer,
                               tuple(k.strip() for k in keywords.split(",") if k.strip()), handoff, float(cap),
                               translated)
                attempt(lambda: settings.save_entry(user, edited, replaces=picked or None),
                        f"Entry {edited.id} saved: new drafts use it.", ("kb-pick", edited.id))
            if picked:
                delete_button(delete, "kb", "entry", picked, lambda: settings.delete_entry(user, picked))
        if "database" in source and st.button("Use the knowledge base file again", key="kb-reset",
                                             help=f"Forget the edits made here and use {settings.knowledge_base_file()}"):
            attempt(lambda: settings.reset_knowledge_base(user), "The knowledge base file is in use again.")

# -- JSON ----------------------------------------------------------------------------------------------------------
if open_tab("Import / export"):
    with tabs["Import / export"]:
        st.caption("Every setting on this page as one JSON file: keep a copy, edit it by hand, or move it to another "
                   "machine. Importing checks the whole file first; a file with any problem changes nothing.")
        st.download_button("⬇️ Export settings (JSON)", settings.export_json,
                           f"autocrm-settings-{dt.date.today():%Y%m%d}.json", "application/json", key="export-json",
                           on_click="ignore")
        upload = st.file_uploader("Import settings (JSON)", type=["json"], key="import-file")
        if st.button("Import", type="primary", key="import-run", disabled=upload is None):
            attempt(lambda: settings.import_json(user, upload.getvalue()), f"Imported {upload.name}: every setting "
                    "now comes from it.")
