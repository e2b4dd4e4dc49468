package dev.nbmigrate.runtime.handports.manual;

import dev.nbmigrate.runtime.handports.SamplePorts;

/** A team's port of the first step only. */
public class HandPortedSteps implements SamplePorts {

    @Override
    public long cell3Line2(long covers) {
        return covers * 2;
    }
}
