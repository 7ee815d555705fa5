package org.helpline.intake;

import java.util.EnumSet;
import java.util.Optional;

import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.configurers.ExternalTransitionConfigurer;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static org.helpline.intake.Signal.*;
import static org.helpline.intake.Step.*;

/**
 * The intake's steps, run by Spring Statemachine: which signal moves which step on, the guards on those
 * moves, and what a move changes in the draft (leaving the summary to edit something marks the draft as
 * being edited; coming back to it ends the edit). Machines are not thread-safe and the conversation's state
 * lives in the store, so each answer gets a fresh machine restored to the saved step with the draft as its
 * extended state. A signal the step does not take (a button from an earlier step) is DENIED: the answer is a
 * stale button and nothing changes.
 *
 * <p>Spring Statemachine swallows exceptions in guards and actions, so they only read and copy the draft;
 * anything that can fail (search, files, the ticket) happens outside, in {@link IntakeDialog}.
 */
@Component
class IntakeMachine {

    private static final String DRAFT = "draft";

    private static final Guard<Step, Signal> EDITING = context -> draft(context).editing();
    private static final Guard<Step, Signal> KNOWN_CLIENT = context -> draft(context).known() != null;
    private static final Action<Step, Signal> START_EDIT = context -> change(context, draft(context).editing(true));
    private static final Action<Step, Signal> END_EDIT = context -> change(context, draft(context).editing(false));

    /**
     * {@code after} (the draft with the answer taken) moved on by {@code signal} from the step of {@code before};
     * empty when that step does not take the signal — a stale button, which changes nothing.
     */
    Optional<IntakeSnapshot> fire(IntakeSnapshot before, IntakeSnapshot after, Signal signal) {
        StateMachine<Step, Signal> machine = build();
        DefaultExtendedState draft = new DefaultExtendedState();
        draft.getVariables().put(DRAFT, after);
        machine.getStateMachineAccessor().doWithAllRegions(region -> region
                .resetStateMachineReactively(new DefaultStateMachineContext<>(before.step(), null, null, draft)).block());
        machine.startReactively().block();
        try {
            var results = machine.sendEvent(Mono.just(MessageBuilder.withPayload(signal).build())).collectList().block();
            // A guard that says no leaves the event ACCEPTED but the machine where it was; every move here
            // goes to another step, so staying put means the signal was not taken.
            boolean accepted = results != null
                    && results.stream().anyMatch(result -> result.getResultType() == ResultType.ACCEPTED);
            if (!accepted || machine.getState().getId() == before.step()) {
                return Optional.empty();
            }
            IntakeSnapshot moved = machine.getExtendedState().get(DRAFT, IntakeSnapshot.class);
            return Optional.of(moved.at(machine.getState().getId()));
        } finally {
            machine.stopReactively().block();
        }
    }

    private static StateMachine<Step, Signal> build() {
        try {
            StateMachineBuilder.Builder<Step, Signal> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            StateConfigurer<Step, Signal> states = builder.configureStates().withStates()
                    .initial(CONSENT).states(EnumSet.allOf(Step.class));
            for (Step step : Step.values()) {
                if (step.isEnding()) {
                    states.end(step);
                }
            }
            var transitions = builder.configureTransitions();
            transitions
                    .withExternal().source(CONSENT).target(DESCRIPTION).event(AGREE).and()
                    .withExternal().source(CONSENT).target(DECLINED).event(DECLINE).and()
                    .withExternal().source(DESCRIPTION).target(NAME).event(DESCRIBED).and()
                    .withExternal().source(DESCRIPTION).target(SUGGESTIONS).event(DESCRIBED_WITH_SUGGESTIONS).and()
                    .withExternal().source(SUGGESTIONS).target(SELF_RESOLVED).event(HELPED).and()
                    .withExternal().source(SUGGESTIONS).target(NAME).event(NOT_HELPED).and()
                    .withExternal().source(NAME).target(CONTRACT).event(NAME_GIVEN).and()
                    .withExternal().source(NAME).target(SCREENSHOT).event(IDENTITY_REUSED).guard(KNOWN_CLIENT).and()
                    .withExternal().source(CONTRACT).target(CONTACT).event(CONTRACT_GIVEN).and()
                    .withExternal().source(CONTRACT).target(NAME).event(EDIT_NAME).and()
                    .withExternal().source(CONTRACT).target(REFUSED).event(REFUSE).and()
                    .withExternal().source(CONTACT).target(SCREENSHOT).event(CONTACT_GIVEN).and()
                    .withExternal().source(SCREENSHOT).target(MORE_FILES).event(SCREENSHOT_GIVEN).and()
                    .withExternal().source(MORE_FILES).target(PRIORITY).event(FILES_DONE).and()
                    .withExternal().source(SUMMARY).target(OPENED).event(CONFIRM).and()
                    // A client without their contract number leaves a phone for a call-back instead.
                    .withExternal().source(CONTRACT).target(CALLBACK).event(CALL_BACK).and()
                    .withExternal().source(CALLBACK).target(CALLBACK_REQUESTED).event(CALLBACK_LEFT);
            for (Step edited : EnumSet.of(DESCRIPTION, NAME, CONTRACT, CONTACT)) {
                toSummary(transitions.withExternal().source(edited).event(EDITED).guard(EDITING));
            }
            toSummary(transitions.withExternal().source(PRIORITY).event(PRIORITY_CHOSEN));
            transitions
                    .withExternal().source(SUMMARY).target(DESCRIPTION).event(EDIT_DESCRIPTION).action(START_EDIT).and()
                    .withExternal().source(SUMMARY).target(NAME).event(EDIT_NAME).action(START_EDIT).and()
                    .withExternal().source(SUMMARY).target(CONTRACT).event(EDIT_CONTRACT).action(START_EDIT).and()
                    .withExternal().source(SUMMARY).target(CONTACT).event(EDIT_CONTACT).action(START_EDIT).and()
                    .withExternal().source(SUMMARY).target(PRIORITY).event(EDIT_PRIORITY).action(START_EDIT);
            for (Step step : Step.values()) {
                if (!step.isEnding()) {
                    transitions.withExternal().source(step).target(CANCELLED).event(CANCEL);
                }
            }
            return builder.build();
        } catch (Exception e) {
            throw new IllegalStateException("The intake state machine is misconfigured", e);
        }
    }

    /** Every way back to the summary ends an edit, so the summary is shown with the draft as it now is. */
    private static void toSummary(ExternalTransitionConfigurer<Step, Signal> transition) {
        transition.target(SUMMARY).action(END_EDIT);
    }

    private static IntakeSnapshot draft(StateContext<Step, Signal> context) {
        return context.getExtendedState().get(DRAFT, IntakeSnapshot.class);
    }

    private static void change(StateContext<Step, Signal> context, IntakeSnapshot changed) {
        context.getExtendedState().getVariables().put(DRAFT, changed);
    }
}
