/** Turns the checked model into output files: one locked-down FreeMarker engine shared by HTML and PDF. */
package dk.flis.driftsstatus.render;
