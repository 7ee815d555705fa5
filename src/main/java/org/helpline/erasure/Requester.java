package org.helpline.erasure;

/** On whose request a client's data is erased. */
public enum Requester { CLIENT, STAFF }
