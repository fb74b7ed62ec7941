/** Quality gates over whole generated sites: internal links, Nu Html Checker validity, axe-core in Chromium. */
package dk.flis.driftsstatus.gate;
