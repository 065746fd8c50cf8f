"""Voice input: record, transcribe offline with the CRM's names as hints, edit, then run like typed text."""
from __future__ import annotations

import streamlit as st

from ui.services import services


def _speech():
    return services().voice


def voice_input() -> str | None:
    """Returns the confirmed transcript once the user presses Run, else None."""
    round_ = st.session_state.get("voice_round", 0)  # a fresh recorder after each run (old blobs are gone)
    audio = st.audio_input("🎙️ Speak an update", key=f"voice-{round_}")
    if audio is not None:
        digest = hash(audio.getvalue())
        if st.session_state.get("voice_digest") != digest:
            st.session_state["voice_digest"] = digest
            try:
                transcript = _speech().transcribe(audio.getvalue())
                st.session_state["voice_text"] = transcript.text
                st.session_state["voice_engine"] = transcript.engine
            except Exception as exc:  # a bad recording must not break the page
                st.error(f"Could not transcribe that recording: {exc}")
                return None
    if st.session_state.get("voice_text") is not None:
        text = st.text_input(f"Transcript ({st.session_state.get('voice_engine', '')}) — edit before running",
                             key="voice_text")
        if st.button("▶️ Run transcript", key="voice_run") and text.strip():
            value = text.strip()
            del st.session_state["voice_text"]
            st.session_state.pop("voice_digest", None)
            st.session_state["voice_round"] = round_ + 1
            return value
    return None
