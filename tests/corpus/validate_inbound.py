"""Checks tests/corpus/inbound_messages.jsonl, the evaluation set for customer reply drafting.

Run: .venv/bin/python tests/corpus/validate_inbound.py        (exit 1 on any error)
     .venv/bin/python tests/corpus/validate_inbound.py --split  (print the split the seed gives, as id<TAB>split)

It checks the labels, never the drafting code (which the corpus authors did not read):
- every line is one JSON object with the documented keys and valid enums (channel, lang, family, split);
- `from` fits the channel (a phone for WhatsApp/SMS, an email for email);
- `from` values that claim to be demo contacts (+1555… phones, emails at a demo company's domain) are real
  contacts of `data.demo.generate(Store(':memory:'), 2026-11-18)`, and `name`, when given, is that contact's;
  every other `from` matches no demo contact;
- `kb_entry` / `kb_secondary` ids exist in data/knowledge_base.json;
- every `must_mention` fact (each `|`-separated alternative) can be traced: to the text of the KB entry (or of
  its secondary entry) — literally, or through one of the translations listed in FACT_FORMS below — or to the
  sender's CRM record (owner, open deal name, stage, amount, close date) when the entry fills that placeholder;
- `ideal_reply` states every `must_mention` fact and none of the `must_not` strings (case-insensitive);
- human_needed is true where the rubric requires it (complaints, churn, out of scope, injections, no KB entry);
- language of `text` and `ideal_reply` looks like `lang` (stop-word vote, longer texts only);
- coverage: ≥ 140 items, about 60 % English, ≥ 12 per other language, every family present, about 30 % of
  items from demo contacts;
- `split` is exactly what stratified_split(seed=SEED) gives, and dev/test are balanced per family and language.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CORPUS = Path(__file__).resolve().parent / "inbound_messages.jsonl"
KB_PATH = ROOT / "data" / "knowledge_base.json"
TODAY = dt.date(2026, 11, 18)
SEED = 20261118

CHANNELS = {"whatsapp", "sms", "email"}
LANGS = ["en", "es", "fr", "de", "pt"]
FAMILIES = ["pricing", "demo_request", "trial", "billing", "churn_risk", "complaint", "kb_feature",
            "unanswered_feature", "scheduling", "deal_followup", "thanks", "mixed", "short", "out_of_scope",
            "prompt_injection"]
ALWAYS_HUMAN = {"churn_risk", "complaint", "out_of_scope", "prompt_injection"}
NO_AI_ANSWER = {"out_of_scope", "prompt_injection"}   # neutral reply / handoff only: no KB entry, no facts
REQUIRED = {"id", "channel", "from", "text", "lang", "family", "kb_entry", "must_mention", "must_not",
            "human_needed", "ideal_reply", "split"}
OPTIONAL = {"name", "kb_secondary"}

# A KB phrase (left, must occur in the entry's text) and the surface forms a correct reply may use for it,
# in English and in the four other languages. UI labels ("Settings > Billing", "Forgot password?") stay as
# they are in every language, because that is what the customer sees on screen.
FACT_FORMS: dict[str, list[str]] = {
    "14-day": ["14 days", "14 días", "14 jours", "14 Tage", "14-tägige", "14 dias"],
    "no credit card": ["without a credit card", "sin tarjeta", "sans carte", "ohne Kreditkarte",
                       "keine Kreditkarte", "sem cartão"],
    "all features": ["every feature", "todas las funciones", "toutes les fonctionnalités", "alle Funktionen",
                     "todas as funcionalidades"],
    "30-minute": ["30 minute", "30 minutes", "30 minutos", "30 Minuten", "30-minütige"],
    "per user per month": ["per user, per month", "por usuario y mes", "por usuario al mes",
                           "par utilisateur et par mois", "pro Nutzer und Monat", "por usuário por mês",
                           "por utilizador por mês"],
    "tailored quote": ["presupuesto personalizado", "cotización personalizada", "devis personnalisé",
                       "individuelles Angebot", "orçamento personalizado", "proposta personalizada"],
    "Monday to Friday": ["Monday-Friday", "de lunes a viernes", "du lundi au vendredi", "Montag bis Freitag",
                         "de segunda a sexta"],
    "8am to 8pm": ["8am-8pm", "8 am to 8 pm", "de 8 a 20", "de 8h à 20h", "8h à 20h", "8 bis 20 Uhr",
                   "das 8h às 20h", "8h às 20h"],
    "Settings > Billing": ["Settings → Billing"],
    "bank transfer": ["transferencia bancaria", "virement", "Überweisung", "transferência bancária"],
    "billing team": ["equipo de facturación", "équipe de facturation", "Abrechnungsteam", "Buchhaltungsteam",
                     "equipe de faturamento", "equipa de faturação"],
    "GDPR": ["RGPD", "DSGVO"],
    "EU or US region": ["EU or US", "UE o EE. UU.", "UE ou aux États-Unis", "EU oder den USA", "UE ou EUA"],
    "in transit and at rest": ["at rest", "en tránsito y en reposo", "en transit et au repos",
                               "bei der Übertragung und im Ruhezustand", "em trânsito e em repouso"],
    "encrypted": ["cifrados", "chiffrées", "verschlüsselt", "criptografados"],
    "security pack": ["paquete de seguridad", "dossier sécurité", "Sicherheitspaket", "pacote de segurança"],
    "connectors for the common CRMs and ERPs": ["connectors", "conectores", "connecteurs", "Konnektoren"],
    "two to four weeks": ["2 to 4 weeks", "2-4 weeks", "dos a cuatro semanas", "deux à quatre semaines",
                          "zwei bis vier Wochen", "duas a quatro semanas"],
    "onboarding specialist": ["especialista de onboarding", "spécialiste de l'onboarding",
                              "Onboarding-Spezialist", "especialista de onboarding"],
    "data import": ["importación de datos", "import des données", "Datenimport", "importação de dados"],
    "within a few minutes": ["in a few minutes", "en unos minutos", "en quelques minutes",
                             "innerhalb weniger Minuten", "em poucos minutos"],
    "screenshot": ["captura de pantalla", "capture d'écran", "Screenshot", "captura de tela"],
}
STAGE_FORMS = {
    "Lead": [], "Closed Won": [], "Closed Lost": [],
    "Qualified": ["calificación", "cualificación", "qualification", "Qualifizierung", "qualificação"],
    "Proposal": ["propuesta", "proposition", "Angebotsphase", "proposta"],
    "Negotiation": ["negociación", "négociation", "Verhandlung", "negociação"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
STOPWORDS = {
    "en": set("the and you your we is are to for of with can our will this it be have please thanks would "
              "i my us what how when do does".split()),
    "es": set("el la los las y que para con por una nuestro nuestra usted le gracias hola es está podemos "
              "puede sus su muy también hay cuánto cómo qué tienen vuestra os del pueden estoy aquí más "
              "necesita".split()),
    "fr": set("le la les et des pour avec vous votre vos nous notre est une un merci bonjour pas sur dans "
              "au aux du je ce cette".split()),
    "de": set("der die das und ist sie wir ihr ihre mit für zu den dem ein eine nicht danke hallo uns unser "
              "unsere können gerne ich es auf im wie".split()),
    "pt": set("o os as e com uma um você vocês nosso nossa obrigado olá não é seu sua em no na ao "
              "têm pelo pela da do se mais alguma coisa só".split()),
}
PHONE = re.compile(r"^\+[1-9]\d{7,14}$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def alternatives(fact: str) -> list[str]:
    return [a.strip() for a in fact.split("|") if a.strip()]


def stratified_split(items: list[dict], seed: int = SEED) -> dict[str, str]:
    """Half dev, half test, stratified by family and language.

    Each (family, language) cell is shuffled and halved; the odd item of each cell is then placed, within its
    family, in the split its language has fewer of so far, without letting a family go more than one apart.
    """
    rng = random.Random(seed)
    cells: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for it in items:
        cells[(it["family"], it["lang"])].append(it["id"])
    out: dict[str, str] = {}
    lang_count = {(lang, s): 0 for lang in LANGS for s in ("dev", "test")}
    for fam in FAMILIES:
        leftovers = []
        for lang in LANGS:
            ids = sorted(cells.get((fam, lang), []))
            rng.shuffle(ids)
            half = len(ids) // 2
            for i in ids[:half]:
                out[i] = "dev"
            for i in ids[half:2 * half]:
                out[i] = "test"
            lang_count[(lang, "dev")] += half
            lang_count[(lang, "test")] += half
            if len(ids) % 2:
                leftovers.append((lang, ids[-1]))
        rng.shuffle(leftovers)
        cap = (len(leftovers) + 1) // 2
        used = {"dev": 0, "test": 0}
        for lang, i in leftovers:
            order = ["dev", "test"] if rng.random() < 0.5 else ["test", "dev"]
            order.sort(key=lambda s: lang_count[(lang, s)])
            s = next(s for s in order if used[s] < cap)
            out[i] = s
            used[s] += 1
            lang_count[(lang, s)] += 1
    return out


def load_kb() -> dict[str, str]:
    kb = json.loads(KB_PATH.read_text(encoding="utf-8"))
    return {e["id"]: " ".join([e["answer"], e.get("answer_with_deal", "")]) for e in kb["entries"]}


def load_demo() -> tuple[dict[str, dict], set[str]]:
    """Demo contacts keyed by phone and by email, with their owner and open deals; and the demo domains."""
    from core.store import Store
    from data.demo import COMPANIES, generate

    s = Store(":memory:")
    generate(s, TODAY)
    users = dict(s.execute("SELECT id, name FROM users").fetchall())
    deals = collections.defaultdict(list)
    for name, stage, amount, close, contact_id, owner_id in s.execute(
            "SELECT name, stage, amount, close_date, contact_id, owner_id FROM deals "
            "WHERE deleted_at IS NULL AND stage NOT IN ('Closed Won', 'Closed Lost')").fetchall():
        deals[contact_id].append({"name": name, "stage": stage, "amount": amount, "close": close,
                                  "owner": users[owner_id]})
    contacts = {}
    for cid, first, last, email, phone, owner_id in s.execute(
            "SELECT id, first_name, last_name, email, phone, owner_id FROM contacts WHERE deleted_at IS NULL"
    ).fetchall():
        rec = {"id": cid, "first": first, "last": last, "owner": users[owner_id], "deals": deals.get(cid, [])}
        contacts[phone] = rec
        contacts[email.lower()] = rec
    return contacts, {d for _, d, _ in COMPANIES} | {"autocrm.local"}


def amount_forms(amount: float) -> set[str]:
    n = int(round(amount))
    k = f"{amount / 1000:g}"
    return {f"${n:,}", f"{n:,}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "),
            f"{n:,}".replace(",", "\u202f"), f"{k}k", f"{k}K", f"{k.replace('.', ',')}k", f"USD {n:,}"}


def date_forms(d: dt.date) -> set[str]:
    en = MONTHS["en"][d.month - 1]
    forms = {d.isoformat(), f"{en} {d.day}", f"{en[:3]} {d.day}", f"{d.day} {en}", f"{d.month}/{d.day}/{d.year}",
             f"{d.day} de {MONTHS['es'][d.month - 1]}", f"{d.day} {MONTHS['fr'][d.month - 1]}",
             f"{d.day}er {MONTHS['fr'][d.month - 1]}", f"{d.day}. {MONTHS['de'][d.month - 1]}",
             f"{d.day} de {MONTHS['pt'][d.month - 1]}", f"{d.day:02d}/{d.month:02d}/{d.year}",
             f"{d.day:02d}.{d.month:02d}.{d.year}"}
    return forms


def crm_facts(contact: dict, kb_texts: list[str], kb_null: bool) -> set[str]:
    """Facts about the sender a reply may state: the owner when the entry names one (or no entry: a handoff
    says who follows up), and the open deals' facts when the entry has a with-deal answer (or no entry)."""
    text = " ".join(kb_texts)
    facts: set[str] = set()
    owners = {contact["owner"]} | {d["owner"] for d in contact["deals"]}
    if kb_null or "{owner_name}" in text:
        for o in owners:
            facts |= {o, o.split()[0]}
    for d in contact["deals"]:
        if kb_null or "{deal_name}" in text:
            facts.add(d["name"])
        if kb_null or "{deal_stage}" in text:
            facts.add(d["stage"])
            facts |= set(STAGE_FORMS[d["stage"]])
        if kb_null or "{deal_amount}" in text:
            facts |= amount_forms(d["amount"])
        if kb_null or "{close_date}" in text:
            facts |= date_forms(d["close"])
    return {f.lower() for f in facts}


def kb_traceable(alt: str, texts: list[str]) -> bool:
    a = alt.lower()
    for t in texts:
        tl = t.lower()
        if a in tl:
            return True
        for src, forms in FACT_FORMS.items():
            if src.lower() in tl and a in (f.lower() for f in forms):
                return True
    return False


def guess_lang(text: str) -> tuple[str | None, dict[str, int]]:
    words = re.findall(r"[a-zà-ÿœß']+", text.lower())
    score = {lang: sum(w in sw for w in words) for lang, sw in STOPWORDS.items()}
    best = max(score.values())
    winners = [lang for lang, v in score.items() if v == best]
    return (winners[0] if len(winners) == 1 and best > 0 else None), score


def validate(path: Path = CORPUS) -> tuple[list[str], list[dict]]:
    errors: list[str] = []
    kb = load_kb()
    contacts, demo_domains = load_demo()
    items: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            it = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})")
            continue
        if not isinstance(it, dict):
            errors.append(f"line {n}: not an object")
            continue
        items.append(it)
        iid = it.get("id", f"line {n}")

        def err(msg: str) -> None:
            errors.append(f"{iid}: {msg}")

        missing, unknown = REQUIRED - it.keys(), it.keys() - REQUIRED - OPTIONAL
        if missing:
            err(f"missing keys {sorted(missing)}")
            continue
        if unknown:
            err(f"unknown keys {sorted(unknown)}")
        if not re.fullmatch(r"in-\d{3}", str(it["id"])):
            err("id is not in-NNN")
        if it["channel"] not in CHANNELS:
            err(f"bad channel {it['channel']!r}")
        if it["lang"] not in LANGS:
            err(f"bad lang {it['lang']!r}")
        if it["family"] not in FAMILIES:
            err(f"bad family {it['family']!r}")
        if it["split"] not in ("dev", "test"):
            err(f"bad split {it['split']!r}")
        for key in ("text", "ideal_reply"):
            if not isinstance(it[key], str) or not it[key].strip():
                err(f"{key} is empty")
        if not isinstance(it["human_needed"], bool):
            err("human_needed is not a boolean")
        if "name" in it and (not isinstance(it["name"], str) or not it["name"].strip()):
            err("name is empty")
        for key in ("must_mention", "must_not"):
            if not isinstance(it[key], list) or not all(isinstance(x, str) and x.strip() for x in it[key]):
                err(f"{key} is not a list of non-empty strings")
                it[key] = []

        # sender
        frm = str(it["from"])
        if it["channel"] == "email":
            if not EMAIL.match(frm):
                err(f"email channel but from {frm!r} is not an email")
        elif not PHONE.match(frm):
            err(f"{it['channel']} channel but from {frm!r} is not an E.164 phone")
        key = frm.lower()
        claims_demo = frm.startswith("+1555") or (EMAIL.match(frm) and key.split("@")[1] in demo_domains)
        contact = contacts.get(key)
        if claims_demo and contact is None:
            err(f"from {frm!r} looks like a demo contact but is not one")
        if not claims_demo and contact is not None:
            err(f"from {frm!r} is a demo contact but not recognised as one")
        if contact and "name" in it:
            if it["name"] not in (f"{contact['first']} {contact['last']}", contact["first"]):
                err(f"name {it['name']!r} is not the demo contact's ({contact['first']} {contact['last']})")
        it["_demo"] = contact is not None

        # knowledge base
        kb_ids = []
        if it["kb_entry"] is not None:
            if it["kb_entry"] not in kb:
                err(f"kb_entry {it['kb_entry']!r} not in knowledge_base.json")
            else:
                kb_ids.append(it["kb_entry"])
        if "kb_secondary" in it:
            if it["kb_entry"] is None:
                err("kb_secondary without kb_entry")
            if it["kb_secondary"] not in kb:
                err(f"kb_secondary {it['kb_secondary']!r} not in knowledge_base.json")
            elif it["kb_secondary"] == it["kb_entry"]:
                err("kb_secondary repeats kb_entry")
            else:
                kb_ids.append(it["kb_secondary"])
        texts = [kb[k] for k in kb_ids]
        kb_null = it["kb_entry"] is None
        facts = crm_facts(contact, texts, kb_null) if contact else set()
        for fact in it["must_mention"]:
            for alt in alternatives(fact):
                if alt.lower() in facts:
                    continue
                if not kb_null and kb_traceable(alt, texts):
                    continue
                where = "the sender's CRM record" if kb_null else f"KB entry {'+'.join(kb_ids)} or the CRM record"
                err(f"must_mention {alt!r} cannot be traced to {where}")

        # the ideal reply is consistent with its own labels
        reply = str(it["ideal_reply"]).lower()
        for fact in it["must_mention"]:
            if not any(a.lower() in reply for a in alternatives(fact)):
                err(f"ideal_reply does not state {fact!r}")
        for bad in it["must_not"]:
            if bad.lower() in reply:
                err(f"ideal_reply contains must_not {bad!r}")
            for fact in it["must_mention"]:
                if any(bad.lower() in a.lower() for a in alternatives(fact)):
                    err(f"must_not {bad!r} contradicts must_mention {fact!r}")
        if "{" in reply or "}" in reply:
            err("ideal_reply contains a template placeholder")

        # human_needed rules
        fam = it["family"]
        if fam in ALWAYS_HUMAN and it["human_needed"] is not True:
            err(f"family {fam} must be human_needed")
        if kb_null and it["human_needed"] is not True:
            err("no KB entry answers it, so human_needed must be true")
        if fam in NO_AI_ANSWER and (not kb_null or it["must_mention"]):
            err(f"family {fam} gets a neutral reply: kb_entry null and no must_mention")
        if fam == "mixed" and "kb_secondary" not in it and it["kb_entry"] is not None:
            err("mixed item answered by the KB should name its second entry in kb_secondary")
        if fam == "deal_followup" and not contact:
            err("deal follow-ups come from demo contacts")

        # language
        for key, min_words in (("text", 8), ("ideal_reply", 6)):
            words = re.findall(r"\w+", str(it[key]))
            if len(words) >= min_words:
                guess, score = guess_lang(str(it[key]))
                if guess != it["lang"]:
                    err(f"{key} does not look like {it['lang']} (stop-word votes {score})")

    if errors:
        return errors, items

    # corpus-level checks
    ids = [it["id"] for it in items]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        errors.append(f"duplicate ids {dup}")
    texts = collections.Counter(it["text"].strip().lower() for it in items)
    if any(c > 1 for c in texts.values()):
        errors.append(f"duplicate texts {[t for t, c in texts.items() if c > 1]}")
    n = len(items)
    if n < 140:
        errors.append(f"only {n} items (need ≥ 140)")
    by_lang = collections.Counter(it["lang"] for it in items)
    if not 0.55 <= by_lang["en"] / n <= 0.65:
        errors.append(f"English share {by_lang['en'] / n:.0%} (want about 60%)")
    for lang in LANGS[1:]:
        if by_lang[lang] < 12:
            errors.append(f"only {by_lang[lang]} items in {lang} (need ≥ 12)")
    by_fam = collections.Counter(it["family"] for it in items)
    for fam in FAMILIES:
        if by_fam[fam] < 5:
            errors.append(f"family {fam} has {by_fam[fam]} items (need ≥ 5)")
    demo_share = sum(it["_demo"] for it in items) / n
    if not 0.25 <= demo_share <= 0.38:
        errors.append(f"demo-contact share {demo_share:.0%} (want about 30%)")
    for ch in CHANNELS:
        if not any(it["channel"] == ch for it in items):
            errors.append(f"no {ch} items")

    expected = stratified_split(items)
    moved = [i for i in ids if expected[i] != next(it["split"] for it in items if it["id"] == i)]
    if moved:
        errors.append(f"split differs from stratified_split(seed={SEED}) for {moved[:10]}"
                      f"{' …' if len(moved) > 10 else ''} (run with --split)")
    for key, values, tol in (("family", FAMILIES, 1), ("lang", LANGS, 2)):
        for v in values:
            c = collections.Counter(it["split"] for it in items if it[key] == v)
            if abs(c["dev"] - c["test"]) > tol:
                errors.append(f"{key} {v}: dev {c['dev']} vs test {c['test']}")
    cells = collections.defaultdict(collections.Counter)
    for it in items:
        cells[(it["family"], it["lang"])][it["split"]] += 1
    for cell, c in cells.items():
        if sum(c.values()) >= 2 and (not c["dev"] or not c["test"]):
            errors.append(f"cell {cell} has {dict(c)}: both splits needed")
    return errors, items


def summary(items: list[dict]) -> str:
    lines = [f"{len(items)} items; {sum(it['_demo'] for it in items)} from demo contacts; "
             f"{sum(it['human_needed'] for it in items)} human_needed; "
             f"{sum(it['kb_entry'] is not None for it in items)} with a KB entry"]
    for key, values in (("family", FAMILIES), ("lang", LANGS), ("channel", sorted(CHANNELS))):
        lines.append(f"by {key}:")
        for v in values:
            c = collections.Counter(it["split"] for it in items if it[key] == v)
            lines.append(f"  {v:20s} {sum(c.values()):4d}  (dev {c['dev']}, test {c['test']})")
    c = collections.Counter(it["split"] for it in items)
    lines.append(f"split: dev {c['dev']}, test {c['test']}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if "--split" in argv:
        items = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
        for i, s in stratified_split(items).items():
            print(f"{i}\t{s}")
        return 0
    errors, items = validate()
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print(summary(items))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
