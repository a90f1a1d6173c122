"""Events: triggers, arguments, modality, time and place → coded ``Event`` records."""

from detente.events.extract import EventCoder
from detente.events.lexicon import Lexicon, load_lexicon

__all__ = ["EventCoder", "Lexicon", "load_lexicon"]
