package org.helpline.tickets;

/** Who asked, as identified in the intake; exactly one of phone and e-mail is set. */
public record Client(String name, String contract, String phone, String email, String channel) {
}
