/**
 * View records built for the templates: everything a page, PDF, feed, data file or email shows,
 * already computed and worded in Danish ({@link dk.flis.driftsstatus.view.ReaderTexts}, {@link
 * dk.flis.driftsstatus.view.DanishFormats}); templates only lay them out.
 */
package dk.flis.driftsstatus.view;
