"""Entities: keys that let spelling variants of one name meet, and linking of mentions."""
