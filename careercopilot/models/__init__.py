"""All SQLModel tables, re-exported so ``SQLModel.metadata`` sees every one of them."""

from careercopilot.models.application import Application, Contact, MetricSnapshot, PipelineStage, StageEvent
from careercopilot.models.background import BackgroundJob
from careercopilot.models.match import EmbeddingRecord, MatchScore, MatchSkill
from careercopilot.models.posting import JobPosting, PostingSighting, Source, SyncRun
from careercopilot.models.resume import Preference, Resume
from careercopilot.models.user import AuthSession, User

__all__ = [
    "Application",
    "AuthSession",
    "BackgroundJob",
    "Contact",
    "EmbeddingRecord",
    "JobPosting",
    "MatchScore",
    "MatchSkill",
    "MetricSnapshot",
    "PipelineStage",
    "PostingSighting",
    "Preference",
    "Resume",
    "Source",
    "StageEvent",
    "SyncRun",
    "User",
]
