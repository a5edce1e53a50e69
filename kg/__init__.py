"""newskg: news articles into a knowledge graph of actors, events, statements and stances."""

__version__ = "0.7.0"
