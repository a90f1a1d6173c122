"""Actors: the knowledge base and resolving mentions to CAMEO actors at a date."""

from detente.actors.kb import KnowledgeBase, load_kb
from detente.actors.resolve import ActorResolver

__all__ = ["ActorResolver", "KnowledgeBase", "load_kb"]
