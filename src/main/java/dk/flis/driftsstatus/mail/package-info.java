/**
 * The monthly email: a reproducible MIME message (change summary as HTML and plain text, the
 * month's PDF attached) written as an .eml file or sent over SMTP with Jakarta Mail.
 */
package dk.flis.driftsstatus.mail;
