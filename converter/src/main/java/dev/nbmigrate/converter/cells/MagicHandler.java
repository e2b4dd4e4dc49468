package dev.nbmigrate.converter.cells;

/** Turns one use of a cell magic into a classification, reporting bad options; never throws on bad input. */
@FunctionalInterface
interface MagicHandler {
    Classification classify(MagicCall call);
}
