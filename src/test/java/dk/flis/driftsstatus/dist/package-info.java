/** The download and the launchers as a user meets them: the zip unpacked, bin/driftsstatus, ./driftsstatus. */
package dk.flis.driftsstatus.dist;
