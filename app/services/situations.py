"""Work situations: register, analyse with questions first, experiment, and finish as a lesson."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import policy, versions
from app.access import Actor
from app.changes import Area, Changes
from app.db import Database
from app.personal_copy.outbox import offline_operation
from app.policy import Kind, Op
from app.validation import clean_text
from models import (
    DevelopmentQuestion,
    LearningGroup,
    Lesson,
    NoteKind,
    Person,
    SituationAim,
    SituationCloseRequest,
    SituationKind,
    SituationNote,
    SituationStatus,
    WorkSituation,
)
from models.base import utcnow
from models.errors import Conflict, Forbidden, Invalid, NotFound

if TYPE_CHECKING:
    from app.services.lessons import LessonInput

S = SituationStatus
FINISHED = {S.IMPROVED.value, S.INNOVATED.value, S.CLOSED.value}
# Which notes fit which step: questions while analysing, options once the questions are in.
NOTE_STEPS = {
    NoteKind.QUESTION: {S.REGISTERED.value, S.ANALYSED.value, S.EXPERIMENTING.value},
    NoteKind.OPTION: {S.ANALYSED.value, S.EXPERIMENTING.value},
}


@dataclass
class SituationInput:
    title: str
    description: str = ""
    kind: SituationKind = SituationKind.BOTTLENECK
    aim: SituationAim = SituationAim.IMPROVE
    development_question_id: int | None = None


@dataclass(frozen=True)
class SituationRow:
    id: int
    title: str
    kind: SituationKind
    aim: SituationAim
    status: SituationStatus
    owner_id: int
    owner_name: str
    group_id: int | None
    group_name: str
    updated_at: datetime


@dataclass(frozen=True)
class NoteRow:
    id: int
    kind: NoteKind
    text: str
    author_name: str
    created_at: datetime


@dataclass(frozen=True)
class CloseRequestRow:
    """A group member asks the owner to finish their situation, with the result they see."""

    situation_id: int
    situation_title: str
    requested_by_name: str
    result: SituationStatus
    note: str
    requested_at: datetime


@dataclass(frozen=True)
class SituationDetail:
    row: SituationRow
    description: str
    development_question_id: int | None
    notes: tuple[NoteRow, ...]
    experiment: str
    expected_result: str
    outcome: str
    version_id: int
    lesson_id: int | None = None
    close_request: CloseRequestRow | None = None

    def notes_of(self, kind: NoteKind) -> list[NoteRow]:
        return [n for n in self.notes if n.kind == kind]


def _about(w: WorkSituation) -> policy.Subject:
    return policy.Subject(person_id=w.owner_id, group_id=w.group_id)


def _require_visible(s: Session, actor: Actor, situation_id: int) -> WorkSituation:
    """A situation is for its owner and the group that works on it."""
    situation = s.get(WorkSituation, situation_id)
    if situation is None:
        raise NotFound("situation_not_found")
    policy.require(s, actor, Kind.WORK_SITUATION, Op.READ, _about(situation))
    return situation


def _require_work(s: Session, actor: Actor, situation_id: int) -> WorkSituation:
    """Notes and steps: the owner's own work, or the group's that took the situation up."""
    situation = _require_visible(s, actor, situation_id)
    if not (policy.allows(s, actor, Kind.WORK_SITUATION, Op.CHANGE, _about(situation)) or
            policy.allows(s, actor, Kind.GROUP_CONTENT, Op.CHANGE, _about(situation))):
        raise Forbidden("not_group_member")
    return situation


def _for_update(s: Session, actor: Actor, situation_id: int, expected_version: int
                ) -> WorkSituation:
    """The situation a screen saves: locked, visible to the actor, and unchanged since the
    screen loaded ``expected_version`` (see app.versions)."""
    versions.locked(s, WorkSituation, situation_id, missing=NotFound("situation_not_found"))
    situation = _require_visible(s, actor, situation_id)
    versions.check(situation, expected_version)
    return situation


def _work_for_update(s: Session, actor: Actor, situation_id: int, expected_version: int
                     ) -> WorkSituation:
    """Like ``_for_update``, for notes and steps: the owner's or the group's work."""
    versions.locked(s, WorkSituation, situation_id, missing=NotFound("situation_not_found"))
    situation = _require_work(s, actor, situation_id)
    versions.check(situation, expected_version)
    return situation


def _row(s: Session, w: WorkSituation, names: dict[int, str],
         group_name: str | None = None) -> SituationRow:
    """``group_name`` when read with the row already (a list); else it is looked up."""
    if group_name is None:
        group = s.get(LearningGroup, w.group_id) if w.group_id else None
        group_name = group.name if group else ""
    return SituationRow(
        id=w.id, title=w.title, kind=SituationKind(w.kind), aim=SituationAim(w.aim),
        status=SituationStatus(w.status), owner_id=w.owner_id,
        owner_name=names.get(w.owner_id, ""), group_id=w.group_id,
        group_name=group_name, updated_at=w.updated_at,
    )


def _names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Person.id, Person.name)).all())


def _validated(s: Session, actor: Actor, data: SituationInput) -> SituationInput:
    question_id = data.development_question_id
    if question_id is not None:
        q = s.get(DevelopmentQuestion, question_id)
        # Only one's own question: the link is a change of that question's use.
        if q is None or not policy.allows(s, actor, Kind.DEVELOPMENT_QUESTION, Op.CHANGE,
                                          policy.Subject(person_id=q.person_id)):
            raise Invalid("question_not_found", field="development_question")
    return SituationInput(
        title=clean_text(data.title, "title", max_length=200, required=True),
        description=clean_text(data.description, "description", max_length=10_000,
                               multiline=True),
        kind=SituationKind(data.kind),
        aim=SituationAim(data.aim),
        development_question_id=question_id,
    )


@offline_operation("situations.register_situation")
def register_situation(db: Database, actor: Actor, data: SituationInput) -> Changes:
    """Anyone brings a situation from their own work; they are its owner."""
    if actor.person_id is None:
        raise Forbidden("not_allowed", operation="register_situation")
    with db.transaction() as s:
        clean = _validated(s, actor, data)
        situation = WorkSituation(
            title=clean.title, description=clean.description, kind=clean.kind.value,
            aim=clean.aim.value, owner_id=actor.person_id,
            development_question_id=clean.development_question_id,
        )
        s.add(situation)
        s.flush()
        new_id = situation.id
    return Changes.of(Area.SITUATIONS, ids=(new_id,), value=new_id)


@offline_operation("situations.update_situation")
def update_situation(db: Database, actor: Actor, situation_id: int, data: SituationInput,
                     *, expected_version: int) -> Changes:
    with db.transaction() as s:
        situation = _for_update(s, actor, situation_id, expected_version)
        policy.require(s, actor, Kind.WORK_SITUATION, Op.CHANGE, _about(situation),
                       code="not_allowed")
        clean = _validated(s, actor, data)
        situation.title, situation.description = clean.title, clean.description
        situation.kind, situation.aim = clean.kind.value, clean.aim.value
        situation.development_question_id = clean.development_question_id
    return Changes.of(Area.SITUATIONS, ids=(situation_id,))


def list_situations(db: Database, actor: Actor, *, include_finished: bool = True
                    ) -> list[SituationRow]:
    """Mine, and those of the groups I am in or guide; all of them for the administrator
    (titles and statuses, as the policy lets the administrator list them)."""
    with db.read() as s:
        # The owner's and the group's names come with each row: one query for the list.
        stmt = (select(WorkSituation, Person.name, LearningGroup.name)
                .outerjoin(Person, Person.id == WorkSituation.owner_id)
                .outerjoin(LearningGroup, LearningGroup.id == WorkSituation.group_id)
                .where(policy.situations_visible(actor, Op.LIST))
                .order_by(WorkSituation.updated_at.desc()))
        if not include_finished:
            stmt = stmt.where(WorkSituation.status.not_in(FINISHED))
        return [_row(s, w, {w.owner_id: owner or ""}, group or "")
                for w, owner, group in s.execute(stmt)]


def get_situation(db: Database, actor: Actor, situation_id: int) -> SituationDetail:
    with db.read() as s:
        w = _require_visible(s, actor, situation_id)
        names = _names(s)
        notes = tuple(
            NoteRow(n.id, NoteKind(n.kind), n.text, names.get(n.author_id or 0, ""),
                    n.created_at)
            for n in s.scalars(select(SituationNote).where(SituationNote.situation_id == w.id)
                               .order_by(SituationNote.id))
        )
        request = s.get(SituationCloseRequest, w.id)
        return SituationDetail(
            row=_row(s, w, names), description=w.description,
            development_question_id=w.development_question_id, notes=notes,
            experiment=w.experiment, expected_result=w.expected_result, outcome=w.outcome,
            version_id=w.version_id,
            lesson_id=s.scalar(select(Lesson.id).where(Lesson.situation_id == w.id)
                               .order_by(Lesson.id).limit(1)),
            close_request=_request_row(request, w, names) if request else None,
        )


@offline_operation("situations.add_note")
def add_note(db: Database, actor: Actor, situation_id: int, kind: NoteKind, text: str
             ) -> Changes:
    """Questions first: an option can only be added once the analysis questions are in."""
    clean = clean_text(text, "note", max_length=2000, required=True, multiline=True)
    with db.transaction() as s:
        w = _require_work(s, actor, situation_id)
        if w.status not in NOTE_STEPS[NoteKind(kind)]:
            raise Conflict("situation_wrong_step", status=w.status)
        w.notes.append(SituationNote(kind=NoteKind(kind).value, text=clean,
                                     author_id=actor.person_id))
        w.updated_at = utcnow()
    return Changes.of(Area.SITUATIONS, ids=(situation_id,))


@offline_operation("situations.finish_analysis")
def finish_analysis(db: Database, actor: Actor, situation_id: int, *,
                    expected_version: int) -> Changes:
    with db.transaction() as s:
        w = _work_for_update(s, actor, situation_id, expected_version)
        if w.status != S.REGISTERED.value:
            raise Conflict("situation_wrong_step", status=w.status)
        if not any(n.kind == NoteKind.QUESTION.value for n in w.notes):
            raise Invalid("situation_needs_questions")
        w.status = S.ANALYSED.value
    return Changes.of(Area.SITUATIONS, ids=(situation_id,))


@offline_operation("situations.start_experiment")
def start_experiment(db: Database, actor: Actor, situation_id: int, experiment: str,
                     expected_result: str, *, expected_version: int) -> Changes:
    clean_experiment = clean_text(experiment, "experiment", max_length=5000, multiline=True)
    clean_expected = clean_text(expected_result, "expected_result", max_length=5000,
                                multiline=True)
    if not clean_experiment or not clean_expected:
        raise Invalid("situation_needs_experiment",
                      field="experiment" if not clean_experiment else "expected_result")
    with db.transaction() as s:
        w = _work_for_update(s, actor, situation_id, expected_version)
        if w.status not in {S.ANALYSED.value, S.EXPERIMENTING.value}:
            raise Conflict("situation_wrong_step", status=w.status)
        w.experiment, w.expected_result = clean_experiment, clean_expected
        w.status = S.EXPERIMENTING.value
    return Changes.of(Area.SITUATIONS, ids=(situation_id,))


def suggested_result(detail: SituationDetail) -> SituationStatus:
    """What finishing would likely say: what a colleague asked for, else improved or
    innovated after an experiment (by the situation's aim), and closed before one."""
    if detail.row.status != S.EXPERIMENTING:
        return S.CLOSED
    if detail.close_request is not None:
        return detail.close_request.result
    return S.INNOVATED if detail.row.aim == SituationAim.INNOVATE else S.IMPROVED


def _check_result(w: WorkSituation, result: SituationStatus) -> None:
    if result.value not in FINISHED:
        raise Invalid("situation_wrong_step", field="status")
    if w.status in FINISHED:
        raise Conflict("situation_finished")
    if result is not S.CLOSED and w.status != S.EXPERIMENTING.value:
        raise Conflict("situation_wrong_step", status=w.status)


@offline_operation("situations.finish_situation")
def finish_situation(db: Database, actor: Actor, situation_id: int, result: SituationStatus,
                     outcome: str, lesson: LessonInput | None = None, *,
                     expected_version: int) -> Changes:
    """Improved, innovated or closed; the outcome is written down as a lesson learned
    (its link to this situation is set here). Only the owner finishes their situation;
    a group member asks them (``ask_to_finish``)."""
    if result.value not in FINISHED:
        raise Invalid("situation_wrong_step", field="status")
    clean_outcome = clean_text(outcome, "outcome", max_length=10_000, multiline=True)
    with db.transaction() as s:
        w = _for_update(s, actor, situation_id, expected_version)
        policy.require(s, actor, Kind.WORK_SITUATION, Op.CHANGE, _about(w),
                       code="situation_finish_owner_only")
        _check_result(w, result)
        w.status, w.outcome, w.finished_at = result.value, clean_outcome, utcnow()
        request = s.get(SituationCloseRequest, w.id)
        if request is not None:
            s.delete(request)
        lesson_id = None
        if lesson is not None:
            from app.services.lessons import add_lesson_in

            row = add_lesson_in(s, actor, replace(lesson, situation_id=situation_id))
            lesson_id = row.id
    areas = (Area.SITUATIONS, Area.LESSONS) if lesson_id else (Area.SITUATIONS,)
    return Changes.of(*areas, ids=(situation_id,), value=lesson_id)


def situations_for_group(db: Database, actor: Actor, group_id: int) -> list[SituationRow]:
    with db.read() as s:
        from app.services.groups import require_participant

        require_participant(s, actor, group_id)
        names = _names(s)
        stmt = (select(WorkSituation).where(WorkSituation.group_id == group_id)
                .options(selectinload(WorkSituation.notes))
                .order_by(WorkSituation.updated_at.desc()))
        return [_row(s, w, names) for w in s.scalars(stmt)]


# --- asking the owner to finish ------------------------------------------------------------


def _request_row(request: SituationCloseRequest, w: WorkSituation, names: dict[int, str]
                 ) -> CloseRequestRow:
    return CloseRequestRow(
        situation_id=w.id, situation_title=w.title,
        requested_by_name=names.get(request.requested_by or 0, ""),
        result=SituationStatus(request.result), note=request.note,
        requested_at=request.requested_at)


@offline_operation("situations.ask_to_finish")
def ask_to_finish(db: Database, actor: Actor, situation_id: int, result: SituationStatus,
                  note: str = "") -> Changes:
    """A group member asks the owner to finish their situation (as improved, innovated or
    closed, and why); the owner sees it on *Mijn regie*. A newer request replaces one."""
    clean_note = clean_text(note, "note", max_length=2000, multiline=True)
    with db.transaction() as s:
        w = _require_visible(s, actor, situation_id)
        if actor.person_id is None or w.owner_id == actor.person_id:
            raise Invalid("situation_ask_own")
        _check_result(w, result)
        request = s.get(SituationCloseRequest, w.id)
        if request is None:
            request = SituationCloseRequest(situation_id=w.id)
            s.add(request)
        request.requested_by, request.requested_at = actor.person_id, utcnow()
        request.result, request.note = result.value, clean_note
    return Changes.of(Area.SITUATIONS, ids=(situation_id,))


def requests_to_finish(db: Database, actor: Actor) -> list[CloseRequestRow]:
    """Colleagues' requests to finish my own situations, oldest first."""
    # The asker's name comes with each row: one query, not a second read of every person.
    with db.read() as s:
        rows = s.execute(
            select(SituationCloseRequest, WorkSituation, Person.name)
            .join(WorkSituation, WorkSituation.id == SituationCloseRequest.situation_id)
            .outerjoin(Person, Person.id == SituationCloseRequest.requested_by)
            .where(WorkSituation.owner_id == actor.person_id,
                   WorkSituation.status.not_in(FINISHED),
                   policy.situations_visible(actor, Op.LIST))
            .order_by(SituationCloseRequest.requested_at)).all()
        return [_request_row(request, w, {request.requested_by or 0: name or ""})
                for request, w, name in rows]


@offline_operation("situations.decline_finish_request")
def decline_finish_request(db: Database, actor: Actor, situation_id: int) -> Changes:
    """Not yet: the owner keeps working on it; the request goes."""
    with db.transaction() as s:
        w = _require_visible(s, actor, situation_id)
        if not actor.is_machine_admin and w.owner_id != actor.person_id:
            raise Forbidden("situation_finish_owner_only")
        request = s.get(SituationCloseRequest, w.id)
        if request is not None:
            s.delete(request)
    return Changes.of(Area.SITUATIONS, ids=(situation_id,))
