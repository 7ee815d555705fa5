package org.helpline.tickets;

/**
 * Hears every {@link TicketEvent}, at least once: what it has heard is recorded under its {@link #name()}, and what
 * a crash or an exception left unheard is delivered again later. So it must take an event heard twice calmly.
 */
public interface TicketEventListener {

    /** Stable across versions: the delivery progress is stored under it. */
    String name();

    /**
     * True to hear each event in the thread that changed the ticket, before the change returns (say, to tell the
     * client at once); false to hear them on a thread of its own, in order, so that thread may wait on others.
     */
    boolean immediate();

    void on(TicketEvent event);
}
