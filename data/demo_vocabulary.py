"""Names the demo data is guaranteed to contain (data/demo.py): the voice tests bias and score with them."""

DEMO_VOCABULARY: tuple[str, ...] = (
    "Acme Corp", "Acme Logistics", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Industries",
    "Wayne Enterprises", "Vandelay Industries", "Pied Piper",
    "Dana Smith", "Dana Lee", "Marcus Webb", "Olivia Chen",
    "Alex Morgan", "Priya Patel", "Sam Rivera", "Riley Chen", "Jordan Blake",
    "Acme Corp Renewal", "Globex Platform Expansion", "Initech Analytics Suite", "Hooli Security Add-on",
    "Analytics Suite", "Security Add-on", "Support Plan", "Software License", "Platform",
    "Lead", "Qualified", "Proposal", "Negotiation", "Closed Won", "Closed Lost",
)
