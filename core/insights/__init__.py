"""Predictive insights with reasons: deal health, lead scores and the signals of customer messages.

features (pure, pandas) -> model (binned, additive log-odds) -> reasons (sentences with numbers); the service
reads the Store and keeps scores and their changes; signals reads one message's sentiment and intents.
"""
