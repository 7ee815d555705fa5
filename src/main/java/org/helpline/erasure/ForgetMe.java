package org.helpline.erasure;

import java.util.List;
import java.util.Locale;

import org.helpline.conversation.Button;
import org.helpline.conversation.ConversationHandler;
import org.helpline.conversation.Input;
import org.helpline.conversation.Reply;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;
import org.springframework.stereotype.Component;

/**
 * {@code /forget_me} in any channel, whoever owns the conversation: asks to confirm with a button, then requests
 * the erasure. It answers aside, so the intake or the ticket correspondence carries on where it was if the client
 * thinks better of it.
 */
@Component
class ForgetMe implements ConversationHandler<ForgetMe.Asked> {

    /** Whether the client was asked to confirm and has not answered yet. */
    record Asked(boolean pending) {
    }

    static final String COMMAND = "/forget_me";
    static final String CONFIRM = "forget:yes";
    static final String KEEP = "forget:no";
    /** The web chat's button for the command. */
    static final String BUTTON = "command:forget_me";

    private final Dialogs dialogs;
    private final ErasureRequests erasures;

    ForgetMe(Dialogs dialogs, ErasureRequests erasures) {
        this.dialogs = dialogs;
        this.erasures = erasures;
        dialogs.require(List.of("erasure.ask", "erasure.confirm", "erasure.keep", "erasure.erasing", "erasure.kept",
                "erasure.not_asked"));
    }

    @Override
    public String name() {
        return "forget_me";
    }

    @Override
    public Class<Asked> stateType() {
        return Asked.class;
    }

    @Override
    public boolean answersAlways(Input input) {
        return switch (input.kind()) {
            case TEXT -> input.text() != null
                    && input.text().strip().toLowerCase(Locale.ROOT).replaceFirst("@\\w+$", "").equals(COMMAND);
            case ACTION -> List.of(BUTTON, CONFIRM, KEEP).contains(input.text());
            case FILE -> false;
        };
    }

    @Override
    public boolean takesOver() {
        return false;
    }

    @Override
    public Outcome<Asked> handle(Asked state, Input input, Context context) {
        Texts texts = dialogs.texts(context.lang());
        boolean asked = state != null && state.pending();
        if (CONFIRM.equals(input.text()) && asked) {
            erasures.add(context.conversationId(), Requester.CLIENT, null);
            return say(texts.get("erasure.erasing"));
        }
        if (KEEP.equals(input.text()) && asked) {
            return say(texts.get("erasure.kept"));
        }
        if (CONFIRM.equals(input.text()) || KEEP.equals(input.text())) {
            return say(texts.get("erasure.not_asked"));
        }
        return new Outcome<>(new Asked(true), List.of(Reply.of(texts.get("erasure.ask"),
                new Button(texts.get("erasure.confirm"), CONFIRM), new Button(texts.get("erasure.keep"), KEEP))), null);
    }

    private static Outcome<Asked> say(String text) {
        return new Outcome<>(new Asked(false), List.of(Reply.of(text)), null);
    }
}
