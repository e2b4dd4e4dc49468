/** Progress of long commands, told step by step to a listener (the command line shows it). */
package dev.nbmigrate.converter.progress;
