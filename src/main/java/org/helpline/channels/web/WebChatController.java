package org.helpline.channels.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiErrors;
import org.helpline.api.ApiException;
import org.helpline.api.ApiRefusal;
import org.helpline.attachments.AttachmentSettings;
import org.helpline.conversation.ChatMessage;
import org.helpline.conversation.ConversationBusyException;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Inbound;
import org.helpline.conversation.Input;
import org.helpline.conversation.Receipt;
import org.helpline.conversation.Rejection;
import org.helpline.conversation.UnknownConversationException;
import org.helpline.dialogs.Dialogs;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;

/** The web chat: a real channel for clients, and the JSON contract other channels' tests mirror. */
@RestController
@RequestMapping("/api/chat/sessions")
class WebChatController {

    static final String CHANNEL = "web";

    record NewSession(String lang) {
    }

    record SessionOpened(String sessionId, List<ChatMessage> messages) {
    }

    record ClientMessage(String text, String action, String clientMessageId) {
    }

    record Messages(List<ChatMessage> messages) {
    }

    /** The bot's answer to a message; {@code textRefused}: the step did not take the text, so the page keeps it to correct. */
    record Answer(List<ChatMessage> messages, boolean textRefused) {
    }

    private final Conversations conversations;
    private final Dialogs dialogs;
    private final ApiErrors errors;
    private final RateLimits limits;
    private final WebChatSettings settings;
    private final AttachmentSettings attachments;

    WebChatController(Conversations conversations, Dialogs dialogs, ApiErrors errors, RateLimits limits,
                      WebChatSettings settings, AttachmentSettings attachments) {
        this.conversations = conversations;
        this.dialogs = dialogs;
        this.errors = errors;
        this.limits = limits;
        this.settings = settings;
        this.attachments = attachments;
    }

    @PostMapping
    SessionOpened open(@RequestBody(required = false) NewSession request, HttpServletRequest http) {
        String lang = request == null || request.lang() == null ? dialogs.defaultLanguage() : request.lang();
        if (!dialogs.supports(lang)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unsupported_language", null,
                    Map.of("languages", String.join(", ", dialogs.languages())));
        }
        if (!limits.newSessionAllowed(http.getRemoteAddr())) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", lang);
        }
        String sessionId = UUID.randomUUID().toString();
        return new SessionOpened(sessionId, conversations.open(CHANNEL, sessionId, lang));
    }

    @PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    Answer send(@PathVariable String id, @RequestBody ClientMessage message) {
        admit(id);
        Input input;
        if (message.action() != null && !message.action().isBlank()) {
            input = Input.action(message.action());
        } else if (message.text() != null && !message.text().isBlank()) {
            if (message.text().length() > settings.maxMessageChars()) {
                throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "message_too_large", session(id));
            }
            input = Input.text(message.text());
        } else {
            throw new ApiException(HttpStatus.BAD_REQUEST, "empty_message", session(id));
        }
        Receipt receipt = receive(new Inbound(CHANNEL, id, message.clientMessageId(), input));
        return new Answer(receipt.messages(), receipt.rejection() == Rejection.TEXT_REFUSED);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> attach(@PathVariable String id, @RequestPart("file") MultipartFile file) throws IOException {
        admit(id);
        // A file above the limit is never read into memory; the dialog refuses it in the transcript like any other.
        Input input = file.getSize() > attachments.maxSize().toBytes()
                ? Input.tooLargeToFetch(file.getOriginalFilename())
                : Input.file(file.getBytes(), file.getOriginalFilename());
        return answerUpload(id, input);
    }

    /** A conversation still busy with the client's previous message: ask them to send this one again. */
    @Bean
    static ApiRefusal conversationBusy() {
        return ApiRefusal.of(ConversationBusyException.class, HttpStatus.SERVICE_UNAVAILABLE, "busy");
    }

    /**
     * A file past even the servlet's bound: never read, and refused in the transcript like any other too large.
     * Handled here, not by the API's error handler, because the answer needs the request's session.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> farTooLarge(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        var path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = path.get("id");
        admit(id);
        return answerUpload(id, Input.tooLargeToFetch(null));
    }

    private ResponseEntity<?> answerUpload(String id, Input input) {
        Receipt receipt = receive(new Inbound(CHANNEL, id, null, input));
        if (receipt.rejection() == null) {
            return ResponseEntity.ok(new Messages(receipt.messages()));
        }
        HttpStatus status = switch (receipt.rejection()) {
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case NOT_ACCEPTED, TEXT_REFUSED -> HttpStatus.BAD_REQUEST;
        };
        String code = switch (receipt.rejection()) {
            case TOO_LARGE -> "too_large";
            case UNSUPPORTED_TYPE -> "unsupported_type";
            case NOT_ACCEPTED, TEXT_REFUSED -> "bad_request";
        };
        // The error contract, explained by the bot's message as it stands in the transcript, and the new messages.
        ProblemDetail refused = errors.problem(status, code, receipt.messages().getLast().text());
        refused.setProperty("messages", receipt.messages());
        return errors.answer(refused);
    }

    @GetMapping("/{id}/messages")
    Messages transcript(@PathVariable String id, @RequestParam(defaultValue = "0") long after) {
        session(id);
        return new Messages(conversations.transcript(CHANNEL, id, Math.max(0, after)));
    }

    /** The session's language; a malformed id is 400 and an unknown one 404. */
    private String session(String id) {
        wellFormed(id);
        return conversations.language(CHANNEL, id).orElseThrow(WebChatController::notFound);
    }

    /**
     * A message is handled without reading the session first (the conversation's own round trips tell an unknown
     * one), so the store is asked for its language only to word a refusal.
     */
    private Receipt receive(Inbound inbound) {
        try {
            return conversations.receive(inbound);
        } catch (UnknownConversationException unknown) {
            throw notFound();
        }
    }

    private static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", null);
    }

    private static void wellFormed(String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed_id", null);
        }
    }

    /** A well-formed id within its rate limit; an unknown session is told 404 before it is told to slow down. */
    private void admit(String id) {
        wellFormed(id);
        if (!limits.messageAllowed(id)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", session(id));
        }
    }
}
