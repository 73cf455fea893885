"""The SQLite schema, as named migrations. Never edit a released migration: add a new one."""

from __future__ import annotations

import sqlite3

from .migrations import Migrations

migrations = Migrations()


def _run(db: sqlite3.Connection, script: str) -> None:
    """Run each statement of ``script`` inside the caller's transaction.

    ``executescript`` would commit first, which would leave a migration half-applied on a crash.
    """
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n;"):
                db.execute(statement)
            statement = ""


@migrations
def m0001_documents_and_articles(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            key TEXT NOT NULL,
            domain TEXT,
            country TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX sources_key ON sources(key);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            url TEXT,
            media_type TEXT NOT NULL,
            outlet_hint TEXT,
            size INTEGER NOT NULL,
            fetched_at TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            content BLOB NOT NULL
        );
        CREATE INDEX documents_origin ON documents(origin);
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
            source_id INTEGER REFERENCES sources(id),
            title TEXT,
            published TEXT,
            author TEXT,
            url TEXT,
            language TEXT NOT NULL,
            encoding TEXT,
            text TEXT NOT NULL,
            cleaner TEXT NOT NULL,
            offsets TEXT NOT NULL,
            removed TEXT NOT NULL,
            processed_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source_id);
        CREATE TABLE failures (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            content_hash TEXT,
            reason TEXT NOT NULL,
            failed_at TEXT NOT NULL,
            UNIQUE (origin, content_hash)
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
        """
    )


@migrations
def m0002_annotation_tables(db: sqlite3.Connection) -> None:
    # Shapes for the stages that follow cleaning; each stage fills its own tables.
    _run(
        db,
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            key TEXT NOT NULL,
            wikidata_id TEXT,
            first_seen TEXT,
            last_seen TEXT,
            mention_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX entities_key ON entities(key, type);
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            surface TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            entity_id INTEGER REFERENCES entities(id)
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE TABLE quotations (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL,
            cue TEXT,
            speaker_name TEXT,
            speaker_entity_id INTEGER REFERENCES entities(id),
            text TEXT NOT NULL
        );
        CREATE INDEX quotations_article ON quotations(article_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            mode TEXT NOT NULL,
            source_name TEXT,
            source_entity_id INTEGER REFERENCES entities(id),
            target_name TEXT,
            target_entity_id INTEGER REFERENCES entities(id),
            location_name TEXT,
            date TEXT,
            trigger TEXT,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            sentence TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            label TEXT,
            first_seen TEXT,
            last_seen TEXT
        );
        CREATE TABLE article_stories (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, story_id)
        );
        """
    )


@migrations
def m0003_entity_links(db: sqlite3.Connection) -> None:
    # Entities are built from name keys: each mention carries the key of its cluster in the
    # article; a key belongs to one entity; lone family names are resolved key by key.
    _run(
        db,
        """
        ALTER TABLE mentions ADD COLUMN name_key TEXT;
        CREATE INDEX mentions_name_key ON mentions(name_key);
        CREATE TABLE name_keys (
            key TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            short INTEGER NOT NULL,
            last_key TEXT,
            entity_id INTEGER REFERENCES entities(id),
            mentions INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT,
            last_seen TEXT
        );
        CREATE INDEX name_keys_last ON name_keys(last_key) WHERE short = 0;
        CREATE INDEX name_keys_entity ON name_keys(entity_id);
        CREATE TABLE key_names (
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (key, name)
        );
        CREATE UNIQUE INDEX entities_key_unique ON entities(key);
        """,
    )


@migrations
def m0004_roles(db: sqlite3.Connection) -> None:
    # A title in an article: attached to the person it introduces, or standing alone and resolved
    # to a person through the article or through who held that office around the article's date.
    _run(
        db,
        """
        CREATE TABLE roles (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            head TEXT NOT NULL,
            role_key TEXT NOT NULL,
            mention_id INTEGER REFERENCES mentions(id) ON DELETE CASCADE,
            entity_id INTEGER REFERENCES entities(id),
            date TEXT,
            resolved_by TEXT
        );
        CREATE INDEX roles_article ON roles(article_id);
        CREATE INDEX roles_entity ON roles(entity_id);
        CREATE INDEX roles_head_date ON roles(head, date);
        """,
    )


@migrations
def m0005_quotations(db: sqlite3.Connection) -> None:
    # A quotation's speaker is the mention it was attributed to: its entity is read through the mention,
    # so relinking moves quotations with their speakers.  The sentence around it is kept as evidence.
    _run(
        db,
        """
        ALTER TABLE quotations ADD COLUMN speaker_mention_id INTEGER REFERENCES mentions(id) ON DELETE SET NULL;
        ALTER TABLE quotations ADD COLUMN speaker_key TEXT;
        ALTER TABLE quotations ADD COLUMN context_start INTEGER;
        ALTER TABLE quotations ADD COLUMN context_end INTEGER;
        CREATE INDEX quotations_speaker_mention ON quotations(speaker_mention_id);
        CREATE INDEX quotations_speaker_key ON quotations(speaker_key);
        """,
    )


@migrations
def m0006_events(db: sqlite3.Connection) -> None:
    # Events replace m0002's placeholder table (never filled): actors point at their mentions, so the
    # canonical entity is read through the mention and stays right after relinking; names and folded keys
    # stay for actors that are descriptions (الدول العشر) rather than names.
    _run(
        db,
        """
        DROP TABLE IF EXISTS events;
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            mode TEXT NOT NULL,
            trigger TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            source_text TEXT,
            source_name TEXT,
            source_key TEXT,
            source_mention_id INTEGER REFERENCES mentions(id) ON DELETE SET NULL,
            target_text TEXT,
            target_name TEXT,
            target_key TEXT,
            target_mention_id INTEGER REFERENCES mentions(id) ON DELETE SET NULL,
            location_name TEXT,
            location_key TEXT,
            location_mention_id INTEGER REFERENCES mentions(id) ON DELETE SET NULL,
            date TEXT,
            date_text TEXT
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_type_date ON events(type, date);
        CREATE INDEX events_source_mention ON events(source_mention_id);
        CREATE INDEX events_target_mention ON events(target_mention_id);
        CREATE INDEX events_location_mention ON events(location_mention_id);
        """,
    )



@migrations
def m0007_feeds_and_duplicates(db: sqlite3.Connection) -> None:
    # Feeds being watched with their HTTP state (conditional GET, backoff); every item page seen,
    # keyed by URL so a restart fetches nothing twice. Near-duplicates: each article's MinHash
    # signature and group, and its LSH band keys, so a new article finds its twins by index lookups.
    _run(
        db,
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            outlet TEXT,
            title TEXT,
            etag TEXT,
            last_modified TEXT,
            added_at TEXT NOT NULL,
            last_checked TEXT,
            last_success TEXT,
            last_error TEXT,
            last_error_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_check TEXT
        );
        CREATE TABLE feed_items (
            url TEXT PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            guid TEXT,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            first_seen TEXT NOT NULL,
            last_attempt TEXT NOT NULL,
            error TEXT
        );
        CREATE INDEX feed_items_feed ON feed_items(feed_id, status);
        CREATE TABLE near_duplicates (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            group_id INTEGER NOT NULL,
            signature BLOB,
            names TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX near_duplicates_group ON near_duplicates(group_id);
        CREATE TABLE minhash_bands (
            band INTEGER NOT NULL,
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX minhash_bands_key ON minhash_bands(band, key);
        CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
        """,
    )



@migrations
def m0008_knowledge_base(db: sqlite3.Connection) -> None:
    # Items imported from a knowledge base (Wikidata): their Arabic names keyed like mentions,
    # and the offices people held with dates, keyed like titles in the news.
    _run(
        db,
        """
        CREATE TABLE kb_items (
            qid TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            description TEXT,
            sitelinks INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE kb_names (
            qid TEXT NOT NULL REFERENCES kb_items(qid) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (qid, name)
        );
        CREATE INDEX kb_names_key ON kb_names(key);
        CREATE TABLE kb_offices (
            person TEXT NOT NULL REFERENCES kb_items(qid) ON DELETE CASCADE,
            office TEXT NOT NULL,
            start TEXT,
            end TEXT
        );
        CREATE INDEX kb_offices_person ON kb_offices(person);
        CREATE INDEX kb_offices_office ON kb_offices(office);
        CREATE TABLE kb_office_keys (
            office TEXT NOT NULL REFERENCES kb_items(qid) ON DELETE CASCADE,
            head TEXT NOT NULL,
            role_key TEXT NOT NULL,
            PRIMARY KEY (office, role_key)
        );
        CREATE INDEX kb_office_keys_head ON kb_office_keys(head);
        CREATE INDEX entities_wikidata ON entities(wikidata_id);
        """,
    )


@migrations
def m0009_person_name_spans(db: sqlite3.Connection) -> None:
    # A person's first and family name, and how many parts the name has: a two-part name joins
    # the only longer name between the same two (filled as articles are linked; `rasd relink`).
    _run(
        db,
        """
        ALTER TABLE name_keys ADD COLUMN span_key TEXT;
        ALTER TABLE name_keys ADD COLUMN parts INTEGER NOT NULL DEFAULT 1;
        CREATE INDEX name_keys_span ON name_keys(span_key, parts);
        """,
    )


@migrations
def m0010_stories(db: sqlite3.Connection) -> None:
    # Stories replace m0002's placeholders (never filled): each article's story (named by its smallest article id)
    # with the day and lead-word hashes it is compared on, the names it shares indexed by (key, day) so a new
    # article finds its candidates within the window by look-ups, the links found (for centrality, and to split
    # a story when an article is reprocessed), and each story's counts and dates for listings.
    _run(
        db,
        """
        DROP TABLE article_stories;
        DROP TABLE stories;
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            articles INTEGER NOT NULL,
            first_seen TEXT,
            last_seen TEXT
        );
        CREATE INDEX stories_last_seen ON stories(last_seen);
        CREATE TABLE article_stories (
            article_id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL,
            day INTEGER,
            words BLOB NOT NULL
        );
        CREATE INDEX article_stories_story ON article_stories(story_id);
        CREATE TABLE story_names (
            key TEXT NOT NULL,
            day INTEGER NOT NULL,
            article_id INTEGER NOT NULL
        );
        CREATE INDEX story_names_key ON story_names(key, day);
        CREATE INDEX story_names_article ON story_names(article_id);
        CREATE TABLE story_links (
            article_id INTEGER NOT NULL,
            other_id INTEGER NOT NULL,
            PRIMARY KEY (article_id, other_id)
        ) WITHOUT ROWID;
        """,
    )


@migrations
def m0011_names_by_spelling(db: sqlite3.Connection) -> None:
    # Looking an entity up by a name as written (rasd entity, the web's search) finds its key by index,
    # not by scanning every name the store has seen.
    _run(db, "CREATE INDEX key_names_name ON key_names(name);")


@migrations
def m0012_event_confidence(db: sqlite3.Connection) -> None:
    # How likely each event is to be right (rasd.events.confidence), 0 to 1; NULL for events stored before
    # events were scored, which a minimum-confidence filter leaves out (reprocess to score them).
    _run(db, "ALTER TABLE events ADD COLUMN confidence REAL;")
