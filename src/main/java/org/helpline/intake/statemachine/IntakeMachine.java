package org.helpline.intake.statemachine;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.helpline.intake.Step;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static org.helpline.intake.Step.*;
import static org.helpline.intake.statemachine.Signal.*;

/**
 * The intake's transition table, run by Spring Statemachine. Machines are not thread-safe and the
 * conversation's state lives in the store, so each answer gets a fresh machine restored to the saved step;
 * a signal the step does not accept (a button from an earlier step) is DENIED and changes nothing.
 */
@Component
public class IntakeMachine {

    private record Move(Step from, Signal on, Step to) {
    }

    private static final List<Move> MOVES = List.of(
            new Move(CONSENT, AGREE, DESCRIPTION),
            new Move(CONSENT, DECLINE, DECLINED),
            new Move(DESCRIPTION, DESCRIBED, NAME),
            new Move(DESCRIPTION, DESCRIBED_WITH_SUGGESTIONS, SUGGESTIONS),
            new Move(DESCRIPTION, EDITED, SUMMARY),
            new Move(SUGGESTIONS, HELPED, SELF_RESOLVED),
            new Move(SUGGESTIONS, NOT_HELPED, NAME),
            new Move(NAME, NAME_GIVEN, CONTRACT),
            new Move(NAME, EDITED, SUMMARY),
            new Move(NAME, IDENTITY_REUSED, SCREENSHOT),
            new Move(CONTRACT, CONTRACT_GIVEN, CONTACT),
            new Move(CONTRACT, EDITED, SUMMARY),
            new Move(CONTRACT, EDIT_NAME, NAME),
            new Move(CONTRACT, REFUSE, REFUSED),
            new Move(CONTACT, CONTACT_GIVEN, SCREENSHOT),
            new Move(CONTACT, EDITED, SUMMARY),
            new Move(SCREENSHOT, SCREENSHOT_GIVEN, MORE_FILES),
            new Move(MORE_FILES, FILES_DONE, PRIORITY),
            new Move(PRIORITY, PRIORITY_CHOSEN, SUMMARY),
            new Move(SUMMARY, CONFIRM, OPENED),
            new Move(SUMMARY, EDIT_DESCRIPTION, DESCRIPTION),
            new Move(SUMMARY, EDIT_NAME, NAME),
            new Move(SUMMARY, EDIT_CONTRACT, CONTRACT),
            new Move(SUMMARY, EDIT_CONTACT, CONTACT),
            new Move(SUMMARY, EDIT_PRIORITY, PRIORITY),
            // A client without their contract number leaves a phone for a call-back instead.
            new Move(CONTRACT, CALL_BACK, CALLBACK),
            new Move(CALLBACK, CALLBACK_LEFT, CALLBACK_REQUESTED));

    /** The step after {@code signal} in step {@code from}, or empty when that step does not take it. */
    public Optional<Step> fire(Step from, Signal signal) {
        StateMachine<Step, Signal> machine = build();
        machine.getStateMachineAccessor().doWithAllRegions(region -> region
                .resetStateMachineReactively(new DefaultStateMachineContext<>(from, null, null, null)).block());
        machine.startReactively().block();
        try {
            var results = machine.sendEvent(Mono.just(MessageBuilder.withPayload(signal).build())).collectList().block();
            boolean accepted = results != null
                    && results.stream().anyMatch(result -> result.getResultType() == ResultType.ACCEPTED);
            return accepted ? Optional.of(machine.getState().getId()) : Optional.empty();
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
            for (Move move : MOVES) {
                transitions.withExternal().source(move.from()).target(move.to()).event(move.on());
            }
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
}
