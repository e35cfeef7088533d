"""The audit log table: when, who, what, about whom."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.services.audit import AuditRow
from ui.i18n import format_date
from ui.item_models.columns import Column, ColumnTableModel


def action_name(action: str) -> str:
    names = {
        "organisation_created": QCoreApplication.translate("Audit", "Organisation set up"),
        "settings_changed": QCoreApplication.translate("Audit", "Settings changed"),
        "person_added": QCoreApplication.translate("Audit", "Person added"),
        "person_archived": QCoreApplication.translate("Audit", "Person archived"),
        "person_restored": QCoreApplication.translate("Audit", "Person restored"),
        "roles_changed": QCoreApplication.translate("Audit", "Roles changed"),
        "password_changed": QCoreApplication.translate("Audit", "Password changed"),
        "password_reset": QCoreApplication.translate("Audit", "Temporary password set"),
        "owner_recovered": QCoreApplication.translate("Audit", "Password reset with recovery code"),
        "people_imported": QCoreApplication.translate("Audit", "People imported"),
        "people_exported": QCoreApplication.translate("Audit", "People exported"),
        "people_listed": QCoreApplication.translate("Audit", "People list read (command line)"),
        "demo_created": QCoreApplication.translate("Audit", "Demo organisation created"),
        "restored": QCoreApplication.translate("Audit", "Backup restored"),
        "person_exported": QCoreApplication.translate("Audit", "Personal data exported"),
        "person_erased": QCoreApplication.translate("Audit", "Person erased"),
        "personal_copy_revoked": QCoreApplication.translate(
            "Audit", "Personal copy on a laptop revoked"),
        "conversation_read": QCoreApplication.translate("Audit", "Conversation read"),
        "conversation_signed": QCoreApplication.translate("Audit", "Conversation signed"),
        "development_question_read": QCoreApplication.translate(
            "Audit", "Development question read"),
        "ledger_exported": QCoreApplication.translate("Audit", "Budget ledger exported"),
        "calendar_exported": QCoreApplication.translate("Audit", "Calendar exported"),
        "groups_listed": QCoreApplication.translate("Audit", "Groups list read (command line)"),
        "situations_listed": QCoreApplication.translate(
            "Audit", "Work situations list read (command line)"),
        "conversations_listed": QCoreApplication.translate(
            "Audit", "Conversations list read (command line)"),
        "conversations_planned": QCoreApplication.translate(
            "Audit", "Conversations of a half year planned"),
        "conversation_reopened": QCoreApplication.translate("Audit", "Conversation reopened"),
        "conversation_correction_requested": QCoreApplication.translate(
            "Audit", "Correction of a conversation asked for"),
        "conversation_manager_replaced": QCoreApplication.translate(
            "Audit", "Manager of a conversation replaced"),
        "conversation_sharing_changed": QCoreApplication.translate(
            "Audit", "Record shared with later managers (changed)"),
        "budget_year_set": QCoreApplication.translate("Audit", "Year budget set"),
        "person_budget_set": QCoreApplication.translate("Audit", "Individual budget set"),
        "budget_carry_years_set": QCoreApplication.translate(
            "Audit", "Carry-over of unused budget set"),
        "request_approved": QCoreApplication.translate("Audit", "Learning request approved"),
        "request_declined": QCoreApplication.translate("Audit", "Learning request declined"),
        "removal_postponed": QCoreApplication.translate("Audit", "Removal postponed"),
        "retention_listed": QCoreApplication.translate(
            "Audit", "People due for removal listed"),
        "culture_round_opened": QCoreApplication.translate("Audit", "Culture scan opened"),
        "culture_round_closed": QCoreApplication.translate("Audit", "Culture scan closed"),
        "culture_focus_chosen": QCoreApplication.translate(
            "Audit", "Culture focus chosen"),
        "culture_threshold_changed": QCoreApplication.translate(
            "Audit", "Culture scan threshold changed"),
        "culture_rounds_listed": QCoreApplication.translate(
            "Audit", "Culture scans listed (command line)"),
        "culture_results_read": QCoreApplication.translate(
            "Audit", "Culture scan results read (command line)"),
        "dashboard_read": QCoreApplication.translate(
            "Audit", "Dashboard figures read (command line)"),
        "annual_report_saved": QCoreApplication.translate("Audit", "Annual learning report saved"),
        "agreement_followed_up": QCoreApplication.translate(
            "Audit", "Agreement followed up in a later conversation"),
        "budget_lines_read": QCoreApplication.translate(
            "Audit", "Individual budgets read"),
        "learning_requests_read": QCoreApplication.translate(
            "Audit", "Learning requests of others read"),
        "team_overview_read": QCoreApplication.translate(
            "Audit", "Records read in My team"),
    }
    return names.get(action, action)


class AuditTableModel(ColumnTableModel[AuditRow]):
    def __init__(self, language: str) -> None:
        self.language = language
        # Each header is a literal translate() call, so lupdate finds it.
        super().__init__([
            Column(lambda: QCoreApplication.translate("Audit", "When"),
                   lambda r: format_date(r.at, self.language)),
            Column(lambda: QCoreApplication.translate("Audit", "Who"), _who),
            Column(lambda: QCoreApplication.translate("Audit", "What"),
                   lambda r: action_name(r.action)),
            Column(lambda: QCoreApplication.translate("Audit", "Concerning"),
                   lambda r: r.subject),
        ])

    def set_rows(self, rows: Sequence[AuditRow], language: str | None = None) -> None:
        if language is not None:
            self.language = language
        super().set_rows(rows)


def _who(r: AuditRow) -> str:
    if r.actor_is_admin:
        return QCoreApplication.translate("Audit", "administrator (command line)")
    return r.actor
