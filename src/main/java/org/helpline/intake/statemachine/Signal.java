package org.helpline.intake.statemachine;

/** What the client's answer meant, once validated: the events of the intake state machine. */
public enum Signal {
    AGREE, DECLINE,
    DESCRIBED, DESCRIBED_WITH_SUGGESTIONS, HELPED, NOT_HELPED,
    NAME_GIVEN, CONTRACT_GIVEN, CONTACT_GIVEN, REFUSE, IDENTITY_REUSED,
    SCREENSHOT_GIVEN, FILES_DONE, PRIORITY_CHOSEN,
    CONFIRM, EDIT_DESCRIPTION, EDIT_NAME, EDIT_CONTRACT, EDIT_CONTACT, EDIT_PRIORITY, EDITED,
    CANCEL,
    CALL_BACK, CALLBACK_LEFT
}
