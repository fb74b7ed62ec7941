/** Writes the rendered site next to the output folder and swaps it in only when everything succeeded. */
package dk.flis.driftsstatus.publish;
