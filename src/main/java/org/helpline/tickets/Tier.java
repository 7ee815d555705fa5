package org.helpline.tickets;

/** The support line handling a ticket: L1 takes everything first, L2 and L3 get what is escalated to them. */
public enum Tier {
    L1, L2, L3
}
