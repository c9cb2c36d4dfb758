package se.uppdrag.platform.mail;

/** Where a recorded mail stands. */
public enum MailStatus {
    /** Recorded, waiting to be sent (or to be tried again). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** The server refused the address for good (no such mailbox, address not allowed): someone must correct it. */
    REFUSED,
    /** Given up after the last attempt allowed (the server kept failing for another reason). */
    FAILED
}
