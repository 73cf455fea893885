"""Language annotation for rasd: named entities and the resources they need (``tagmaps/``)."""
