package dev.nbmigrate.runtime.handports.wrong.manual;

/** Does not implement {@code WrongPorts}. */
public class HandPortedSteps {
}
