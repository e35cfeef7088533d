"""The first-run wizard, driven as an owner would on a fresh laptop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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


def test_setting_up_runs_off_the_ui_thread_and_the_window_keeps_painting(qtbot, ctx,
                                                                          monkeypatch):
    """Hashing the owner's password takes a moment; the window must not freeze meanwhile,
    and a second click on Next during it does nothing."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import ui.wizard
    from ui.wizard import FirstRunWizard

    real = ui.wizard.set_up
    seen: dict[str, object] = {}
    ticks: list[int] = []
    release = threading.Event()

    def slow_set_up(db, setup):
        seen["thread"] = threading.current_thread()
        seen["enabled"] = wizard.isEnabled()
        release.wait(5)  # until the UI thread has shown it is alive
        return real(db, setup)

    monkeypatch.setattr(ui.wizard, "set_up", slow_set_up)
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.organisation
    qtbot.keyClicks(page.name, "Bakkerij Brood")
    page.budget.clear()
    qtbot.keyClicks(page.budget, "5000")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    owner = wizard.owner
    for field, text in ((owner.name, "Bram Brood"), (owner.email, "bram@brood.nl"),
                        (owner.password, "brood-brood-brood"),
                        (owner.repeat, "brood-brood-brood")):
        qtbot.keyClicks(field, text)

    def tick() -> None:  # runs only if the UI thread's event loop is alive
        ticks.append(1)
        QApplication.processEvents()
        if len(ticks) == 3:
            release.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert len(ticks) >= 3 and release.is_set()
    assert seen["enabled"] is False  # no second click while it works
    QTest.qWait(10)
    assert wizard.isEnabled() and wizard.currentPage() is wizard.recovery
