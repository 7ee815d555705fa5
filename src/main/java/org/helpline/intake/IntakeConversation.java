package org.helpline.intake;

import java.util.Optional;

import org.helpline.conversation.ConversationOpener;
import org.helpline.conversation.Input;
import org.springframework.stereotype.Component;

/**
 * The intake as the owner of a conversation: it greets the client, runs until a ticket is open and then hands
 * the conversation to the handoff; its commands ({@code /start}, {@code /help}…) are answered whoever owns it.
 */
@Component
class IntakeConversation implements ConversationOpener<IntakeSnapshot> {

    /** The owner a conversation passes to once its ticket is open. */
    static final String HANDOFF = "handoff";

    private final IntakeDialog dialog;

    IntakeConversation(IntakeDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public Class<IntakeSnapshot> stateType() {
        return IntakeSnapshot.class;
    }

    @Override
    public Opening<IntakeSnapshot> open(String lang) {
        Turn turn = dialog.start(lang);
        return new Opening<>(turn.snapshot().lang(), turn.snapshot(), turn.replies());
    }

    @Override
    public String unavailable(String lang) {
        return dialog.unavailable(lang);
    }

    @Override
    public boolean answersAlways(Input input) {
        return dialog.isCommand(input);
    }

    @Override
    public Outcome<IntakeSnapshot> handle(IntakeSnapshot state, Input input, Context context) {
        Turn turn = dialog.handle(state, input, context.channel(), context.conversationId());
        return new Outcome<>(turn.snapshot(), turn.replies(), turn.rejection());
    }

    @Override
    public Optional<Handover> handover(IntakeSnapshot state) {
        return state.step() == Step.OPENED ? Optional.of(new Handover(HANDOFF, state.ticketNumber())) : Optional.empty();
    }

    @Override
    public boolean awaitsAnswer(IntakeSnapshot state) {
        return !state.step().isEnding();
    }
}
