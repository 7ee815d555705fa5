package org.helpline.intake;

import java.util.Arrays;
import java.util.List;

/** Every dialog text the intake says, by its key in {@code dialogs/intake.<lang>.yaml}. */
enum Phrase {
    CONSENT_VERSION("consent.version"), CONSENT_PROMPT("consent.prompt"), CONSENT_AGREE("consent.agree"),
    CONSENT_DECLINE("consent.decline"), CONSENT_DECLINED("consent.declined"),
    DESCRIPTION_PROMPT("description.prompt"), DESCRIPTION_TOO_SHORT("description.too_short"),
    DESCRIPTION_TOO_LONG("description.too_long"), DESCRIPTION_ALL_CAPS("description.all_caps"),
    DESCRIPTION_TRANSLITERATION("description.transliteration"), DESCRIPTION_NO_WORDS("description.no_words"),
    SUGGESTIONS_PROMPT("suggestions.prompt"), SUGGESTIONS_ARTICLE("suggestions.article"),
    SUGGESTIONS_QUESTION("suggestions.question"), SUGGESTIONS_QUESTION_WHICH("suggestions.question_which"),
    SUGGESTIONS_HELPED("suggestions.helped"), SUGGESTIONS_HELPED_ARTICLE("suggestions.helped_article"),
    SUGGESTIONS_CONTINUE("suggestions.continue"), SUGGESTIONS_RESOLVED("suggestions.resolved"),
    NAME_PROMPT("name.prompt"), NAME_INVALID("name.invalid"), NAME_PROMPT_KNOWN("name.prompt_known"),
    NAME_REUSE("name.reuse"),
    CONTRACT_PROMPT("contract.prompt"), CONTRACT_INVALID("contract.invalid"), CONTRACT_NOT_FOUND("contract.not_found"),
    CONTRACT_FIX_NAME("contract.fix_name"), CONTRACT_REFUSED("contract.refused"),
    CONTACT_PROMPT("contact.prompt"), CONTACT_INVALID("contact.invalid"),
    SCREENSHOT_PROMPT("screenshot.prompt"), SCREENSHOT_NEED_IMAGE("screenshot.need_image"),
    SCREENSHOT_EARLY_RECEIVED("screenshot.early_received"), SCREENSHOT_ALREADY_HAVE("screenshot.already_have"),
    SCREENSHOT_MORE("screenshot.more"), SCREENSHOT_RECEIVED("screenshot.received"), SCREENSHOT_DONE("screenshot.done"),
    SCREENSHOT_TOO_MANY("screenshot.too_many"), SCREENSHOT_NOT_NOW("screenshot.not_now"),
    PRIORITY_PROMPT("priority.prompt"), PRIORITY_CRITICAL("priority.critical"), PRIORITY_URGENT("priority.urgent"),
    PRIORITY_NORMAL("priority.normal"), PRIORITY_LOW("priority.low"),
    SUMMARY_PROMPT("summary.prompt"), SUMMARY_CONFIRM("summary.confirm"),
    SUMMARY_EDIT_DESCRIPTION("summary.edit_description"), SUMMARY_EDIT_NAME("summary.edit_name"),
    SUMMARY_EDIT_CONTRACT("summary.edit_contract"), SUMMARY_EDIT_CONTACT("summary.edit_contact"),
    SUMMARY_EDIT_PRIORITY("summary.edit_priority"),
    OPENED_MESSAGE("opened.message"), OPENED_LATER("opened.later"), OPENED_DUE_FORMAT("opened.due_format"),
    STALE_BUTTON("common.stale_button"), CHOOSE_BUTTON("common.choose_button"), CANCELLED("common.cancelled"),
    FINISHED("common.finished"), HELP("common.help"), UNAVAILABLE("common.unavailable"),
    SCREENSHOT_CANNOT("screenshot_help.button"), SCREENSHOT_HOW("screenshot_help.how"),
    CALLBACK_OFFER("callback.offer"), CALLBACK_NO_CONTRACT("callback.no_contract"), CALLBACK_BUTTON("callback.button"), CALLBACK_PROMPT("callback.prompt"),
    CALLBACK_INVALID("callback.invalid"), CALLBACK_REQUESTED("callback.requested"),
    NEW_REQUEST("navigation.new_request"), MY_TICKETS("navigation.my_tickets"),
    MY_TICKETS_LIST("navigation.my_tickets_list"), MY_TICKETS_LINE("navigation.my_tickets_line"),
    MY_TICKETS_LINE_DUE("navigation.my_tickets_line_due"),
    MY_TICKETS_NONE("navigation.my_tickets_none");

    private final String key;

    Phrase(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(Phrase::key).toList();
    }
}
