"""The store interface of stories and trends, and the records it returns.

Declared apart from ``base.Store`` (which inherits it) so each backend implements it in a mixin of its own.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, field


@dataclass(slots=True)
class StoryArticle:
    """One article of a story, with its near-duplicate group and how many links tie it to the rest."""

    id: int
    outlet: str | None
    title: str | None
    published: str | None
    duplicate_group: int
    links: int


@dataclass(slots=True)
class StoryRecord:
    """A story: articles about one happening across outlets and days.

    ``independent_outlets`` counts the outlets that ran their own text: a near-duplicate group counts once,
    for the outlet of its first article.
    """

    id: int
    label: str | None
    first_seen: str | None
    last_seen: str | None
    articles: int
    outlets: list[str] = field(default_factory=list)
    independent_outlets: int = 0
    top_entities: list[dict] = field(default_factory=list)
    members: list[StoryArticle] = field(default_factory=list)

    def as_dict(self, with_members: bool = True) -> dict:
        data = asdict(self)
        if not with_members:
            data.pop("members")
        return data


class StoryStore(ABC):
    """Stories grouped as articles are stored, and what they are made of."""

    @abstractmethod
    def index_stories(self) -> int:
        """Put the stored articles that have no story yet (stored before this stage) in stories; how many."""

    @abstractmethod
    def rebuild_stories(self) -> int:
        """Forget every story and group all stored articles again (after the link test changed)."""

    @abstractmethod
    def stories(self, since: str | None = None, min_articles: int = 2, limit: int = 50,
                offset: int = 0) -> list[StoryRecord]:
        """Stories last seen on or after ``since``, the largest first, without their member lists."""

    @abstractmethod
    def story(self, story_id: int) -> StoryRecord:
        """One story with its articles (raises NotFoundError)."""

    @abstractmethod
    def story_of(self, article_ids: list[int]) -> dict[int, int]:
        """The story id of each article that has one."""

    @abstractmethod
    def trend_rows(self, kind: str, first: str, last: str) -> list[tuple[int, int, str]]:
        """(entity or story id, article id, published) of articles published in [first, last); kind is
        ``entities`` or ``stories``."""

    @abstractmethod
    def entity_names(self, entity_ids: list[int]) -> dict[int, tuple[str, str]]:
        """The canonical name and type of each entity id."""
