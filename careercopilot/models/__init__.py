"""All SQLModel tables, re-exported so ``SQLModel.metadata`` sees every one of them."""

from careercopilot.models.alerts import (
    AlertSettings,
    Notification,
    NotificationPreference,
    PostingHide,
    Reminder,
    SavedSearch,
    SavedSearchHit,
)
from careercopilot.models.application import Application, Contact, MetricSnapshot, PipelineStage, StageEvent
from careercopilot.models.background import BackgroundJob
from careercopilot.models.idempotency import ApiIdempotencyKey
from careercopilot.models.identity import RecoveryCode, TotpFactor, UserIdentity
from careercopilot.models.mail import MailMessage, MailOptOut
from careercopilot.models.oauth_grant import OAuthAuthorizationCode, OAuthRefreshToken
from careercopilot.models.match import EmbeddingRecord, MatchRefresh, MatchScore, MatchSkill
from careercopilot.models.posting import JobPosting, PostingSighting, Source, SyncRun
from careercopilot.models.resume import Preference, Resume
from careercopilot.models.token import ApiToken
from careercopilot.models.user import AuthSession, User
from careercopilot.models.writing import (
    ApplicationSnapshot,
    DocumentVersion,
    GenerationLog,
    LLMProvider,
    UserLLMSetting,
    WritingDocument,
)
from careercopilot.models._base import never_reuse_ids

never_reuse_ids()

__all__ = [
    "ApiIdempotencyKey",
    "OAuthAuthorizationCode",
    "OAuthRefreshToken",
    "RecoveryCode",
    "TotpFactor",
    "UserIdentity",
    "AlertSettings",
    "Notification",
    "NotificationPreference",
    "PostingHide",
    "Reminder",
    "SavedSearch",
    "SavedSearchHit",
    "ApiToken",
    "Application",
    "ApplicationSnapshot",
    "DocumentVersion",
    "GenerationLog",
    "LLMProvider",
    "UserLLMSetting",
    "WritingDocument",
    "AuthSession",
    "BackgroundJob",
    "Contact",
    "EmbeddingRecord",
    "JobPosting",
    "MailMessage",
    "MailOptOut",
    "MatchRefresh",
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
