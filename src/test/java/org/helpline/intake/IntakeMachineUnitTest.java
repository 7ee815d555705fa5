package org.helpline.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake's steps, guards and stale buttons, as Spring Statemachine runs them. */
class IntakeMachineUnitTest {

    private final IntakeMachine machine = new IntakeMachine();
    private final IntakeSnapshot fresh = IntakeSnapshot.fresh("key", "ru", null);

    @Test
    void aStepMovesOnWithTheSignalItTakes() {
        assertThat(machine.fire(fresh, fresh, Signal.AGREE)).map(IntakeSnapshot::step).contains(Step.DESCRIPTION);
    }

    @Test
    void aSignalOfAnotherStepIsAStaleButton() {
        assertThat(machine.fire(fresh, fresh, Signal.CONFIRM)).isEmpty();
    }

    @Test
    void leavingTheSummaryToEditMarksTheDraftAndComingBackEndsTheEdit() {
        IntakeSnapshot summary = fresh.at(Step.SUMMARY);
        IntakeSnapshot editing = machine.fire(summary, summary, Signal.EDIT_NAME).orElseThrow();
        assertThat(editing.step()).isEqualTo(Step.NAME);
        assertThat(editing.editing()).isTrue();
        IntakeSnapshot back = machine.fire(editing, editing.withName("Иванова Анна"), Signal.EDITED).orElseThrow();
        assertThat(back.step()).isEqualTo(Step.SUMMARY);
        assertThat(back.editing()).isFalse();
        assertThat(back.name()).isEqualTo("Иванова Анна");
    }

    @Test
    void anEditIsTakenOnlyWhileEditing() {
        IntakeSnapshot name = fresh.at(Step.NAME);
        assertThat(machine.fire(name, name, Signal.EDITED)).isEmpty();
    }

    @Test
    void anIdentityIsReusedOnlyWhenTheClientGaveOneBefore() {
        IntakeSnapshot unknown = fresh.at(Step.NAME);
        assertThat(machine.fire(unknown, unknown, Signal.IDENTITY_REUSED)).isEmpty();
        IntakeSnapshot known = IntakeSnapshot.fresh("key", "ru",
                new IntakeSnapshot.KnownClient("Иванова Анна", "Д-1", "+79990000000", null)).at(Step.NAME);
        assertThat(machine.fire(known, known, Signal.IDENTITY_REUSED)).map(IntakeSnapshot::step).contains(Step.SCREENSHOT);
    }

    @Test
    void everyStepButAnEndingCanBeCancelled() {
        for (Step step : Step.values()) {
            IntakeSnapshot at = fresh.at(step);
            assertThat(machine.fire(at, at, Signal.CANCEL).map(IntakeSnapshot::step))
                    .as(step.name()).isEqualTo(step.isEnding() ? java.util.Optional.empty() : java.util.Optional.of(Step.CANCELLED));
        }
    }
}
