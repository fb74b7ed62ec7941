package dk.flis.driftsstatus.pipeline;

import dk.flis.driftsstatus.mail.MonthlyMessage;
import jakarta.mail.internet.MimeMessage;

/**
 * A run that also made a month's email ({@link Pipeline#mail}): the run, the email's rendered parts
 * and the message built from them; both are null when the run failed.
 */
public record MailResult(RunResult run, MonthlyMessage.Parts parts, MimeMessage message) {}
