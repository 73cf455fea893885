"""Answers of the stories and trends API, field by field (kept apart from ``schemas.py``: one stage, one module)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class StoryEntity(BaseModel):
    id: int
    name: str
    type: str
    articles: int = Field(description="How many of the story's articles name it.")


class StoryMember(BaseModel):
    id: int
    outlet: str | None
    title: str | None
    published: str | None
    duplicate_group: int = Field(description="Its near-duplicate group (its own id when it is no copy).")
    links: int = Field(description="How many other articles of the story it is linked to.")


class Story(BaseModel):
    id: int = Field(description="The story's smallest article id.")
    label: str | None = Field(description="The title of its most central article.")
    first_seen: str | None
    last_seen: str | None
    articles: int
    outlets: list[str]
    independent_outlets: int = Field(description="Outlets that ran their own text (near-duplicates counted once).")
    top_entities: list[StoryEntity]


class StoryDetail(Story):
    members: list[StoryMember]


class Trend(BaseModel):
    kind: str = Field(description="entity or story")
    id: int
    name: str | None
    count: int = Field(description="Articles in the window.")
    baseline_mean: float
    baseline_sd: float
    ratio: float = Field(description="(count + 1) / (baseline mean + 1).")
    score: float = Field(description="(count - mean) / max(sd, sqrt(mean + 1)).")
    baseline: list[int] = Field(description="Articles in each earlier window, the nearest first.")
    type: str | None = Field(None, description="The entity's type (PER, ORG, LOC, MISC); null for stories.")


class Trends(BaseModel):
    window: str
    at: str | None
    window_start: str | None = None
    baseline_windows: int
    min_count: int | None = None
    min_score: float | None = None
    entities: list[Trend]
    stories: list[Trend]
