/**
 * Turns view records into output files: one locked-down FreeMarker engine shared by HTML, PDF and
 * email, output jobs rendered in parallel through a cache keyed on their canonical input, and the
 * site's addresses ({@link dk.flis.driftsstatus.render.SitePaths}).
 */
package dk.flis.driftsstatus.render;
