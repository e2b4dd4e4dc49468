package dev.nbmigrate.runtime.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Extra command-line names of a config component, as the legacy notebook's argparse declared them:
 * a short flag ({@code "-n"}) or another long name ({@code "--days"}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Alias {
    /** The extra names, each with its leading dash or dashes. */
    String[] value();
}
