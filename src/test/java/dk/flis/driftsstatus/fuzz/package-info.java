/** Random and mutated inputs thrown at the loaders and the check; none may escape as an exception. */
package dk.flis.driftsstatus.fuzz;
