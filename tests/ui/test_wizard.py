"""The first-run wizard, driven as an owner would on a fresh laptop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from app.services import auth, organisation


def test_the_owner_sets_up_the_organisation_and_gets_a_recovery_code(qtbot, db, ctx):
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.organisation
    assert not page.isComplete()
    page.name.setText("Kapsalon Knip")
    page.budget.setText("12,500.50")
    page.norm.setValue(32)
    assert page.isComplete()
    wizard.next()
    owner = wizard.owner
    owner.name.setText("Karin Knip")
    owner.email.setText("karin@knip")
    assert not owner.errors["email"].isHidden()
    owner.email.setText("karin@knip.nl")
    owner.password.setText("knip-knip-knip")
    owner.repeat.setText("knip-knip-knap")
    assert not owner.isComplete()
    owner.repeat.setText("knip-knip-knip")
    assert owner.isComplete()
    wizard.next()  # commits: the organisation now exists
    assert wizard.currentPage() is wizard.recovery
    code = wizard.recovery.code.text()
    assert len(code) == 24 and code.count("-") == 4
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.recovery.confirm.setChecked(True)
    assert finish.isEnabled()

    with qtbot.waitSignal(wizard.organisation_created):
        finish.click()
    assert organisation.organisation_name(db) == "Kapsalon Knip"
    owner_id = auth.login_candidates(db)[0].id
    assert auth.authenticate(db, owner_id, "knip-knip-knip").actor.name == "Karin Knip"
    settings = organisation.get_settings(db, auth.actor_for(db, owner_id))
    assert settings.yearly_budget_cents == 1_250_050 and settings.hours_norm == 32
    # The recovery code shown is the one that works.
    auth.recover_owner(db, owner_id, code, "een-nieuw-wachtwoord")


def test_choosing_dutch_in_the_wizard_switches_the_texts_at_once(qtbot, ctx):
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.welcome.title() == "Welcome to Regiestoel"
    wizard.welcome.language.setCurrentIndex(0)  # Nederlands
    dutch = QCoreApplication.translate("WelcomePage", "Welcome to Regiestoel")
    assert dutch.startswith("Welkom")
    qtbot.waitUntil(lambda: wizard.welcome.title() == dutch)
    assert wizard.organisation.labels[0].text() != "Organisation &name"
    wizard.welcome.language.setCurrentIndex(1)
    qtbot.waitUntil(lambda: wizard.welcome.title() == "Welcome to Regiestoel")
