/**
 * Measures what the converter costs: process CPU time (so that other load on the machine does not count), peak
 * resident memory, and a floor to compare with (what CPython takes to load the same notebooks and parse their code).
 */
package dev.nbmigrate.converter.bench;
